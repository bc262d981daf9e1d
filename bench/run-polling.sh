#!/usr/bin/env bash
# Builds the benchmarks and runs the polling benchmark; arguments go to it, e.g.
#   bench/run-polling.sh                               (10,000 feeds on 50 hosts, 1 warm-up and 3 measured runs)
#   bench/run-polling.sh --db postgresql://user:password@localhost/db
#   bench/run-polling.sh --help
# Newsdesk runs in a JVM with a 512 MiB heap, as the issue asks; the feed server in one of its own.
# The Markdown report for BENCHMARKS.md goes to standard output, build output and progress to
# standard error. BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=polling.jfr).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The same Java the launcher would run Newsdesk with (it explains what to install if there is none).
java="$(NEWSDESK_PRINT_JAVA=true "$root/newsdesk")"
command -v mvn >/dev/null || { echo "run-polling: needs Apache Maven 3.8+ to build" >&2; exit 1; }

mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >&2

exec "$java" -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$root/bench/target/newsdesk-bench.jar" polling "$@"
