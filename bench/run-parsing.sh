#!/usr/bin/env bash
# Builds the benchmarks and runs the feed parse throughput benchmark; arguments go to it, e.g.
#   bench/run-parsing.sh                                (5 measured passes per corpus, then the 100 MB feed)
#   bench/run-parsing.sh --runs 3 --large-feed-mb 0    (throughput only)
#   bench/run-parsing.sh --help
# Newsdesk and ROME 2.1.0 parse the same documents in one JVM, taking turns; the large feed is parsed
# in fresh JVMs under -Xmx64m, and under larger heaps for a parser that fails there.
# The Markdown report for BENCHMARKS.md goes to standard output, build output and progress to
# standard error. BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=parsing.jfr).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The same Java the launcher would run Newsdesk with (it explains what to install if there is none).
java="$(NEWSDESK_PRINT_JAVA=true "$root/newsdesk")"
command -v mvn >/dev/null || { echo "run-parsing: needs Apache Maven 3.8+ to build" >&2; exit 1; }

mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >&2

# A fixed heap for the throughput passes, so that garbage collection weighs the same on every machine.
exec "$java" -Xmx2g ${BENCH_JAVA_OPTS:-} -Dnewsdesk.shared="$root/../shared" \
    -jar "$root/bench/target/newsdesk-bench.jar" parsing "$@"
