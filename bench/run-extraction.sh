#!/usr/bin/env bash
# Builds the benchmarks and runs the article extraction benchmark on the article-extraction-benchmark
# corpus: Newsdesk, Readability4J, boilerpipe and jsoup's bare parse in one run. Arguments go to it, e.g.
#   bench/run-extraction.sh                        (quality, latency, throughput on 1 and 2 threads, memory)
#   bench/run-extraction.sh --rounds 20 --passes 5
#   bench/run-extraction.sh --only newsdesk --passes 0   (Newsdesk alone, e.g. under a profiler)
#   bench/run-extraction.sh --help
# The Markdown report for BENCHMARKS.md goes to standard output, build output and progress to
# standard error. BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=extraction.jfr).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The same Java the launcher would run Newsdesk with (it explains what to install if there is none).
java="$(NEWSDESK_PRINT_JAVA=true "$root/newsdesk")"
command -v mvn >/dev/null || { echo "run-extraction: needs Apache Maven 3.8+ to build" >&2; exit 1; }

mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >&2

# A fixed heap ceiling makes the peak-heap figures comparable between machines.
exec "$java" -Xmx1g ${BENCH_JAVA_OPTS:-} -Dnewsdesk.shared="$root/../shared" \
    -jar "$root/bench/target/newsdesk-bench.jar" extraction "$@"
