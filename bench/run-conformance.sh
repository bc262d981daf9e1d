#!/usr/bin/env bash
# Builds the benchmarks and runs feedparser's test suite against Newsdesk's parser and Rome's;
# arguments go to it, e.g.
#   bench/run-conformance.sh                   (figures per category and folder)
#   bench/run-conformance.sh --failures        (and every failing test of Newsdesk, with the values read)
#   bench/run-conformance.sh --failures=Rome   (Rome's failures instead; "all" for both)
# The Markdown report for BENCHMARKS.md goes to standard output, build output to standard error.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The same Java the launcher would run Newsdesk with (it explains what to install if there is none).
java="$(NEWSDESK_PRINT_JAVA=true "$root/newsdesk")"
command -v mvn >/dev/null || { echo "run-conformance: needs Apache Maven 3.8+ to build" >&2; exit 1; }

mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >&2

exec "$java" ${BENCH_JAVA_OPTS:-} -Dnewsdesk.shared="$root/../shared" \
    -jar "$root/bench/target/newsdesk-bench.jar" conformance "$@"
