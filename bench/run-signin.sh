#!/usr/bin/env bash
# Builds the benchmarks and runs the sign-in cost benchmark; arguments go to it, e.g.
#   bench/run-signin.sh --runs 30 --warmup 5
#   bench/run-signin.sh --help
# The Markdown report for BENCHMARKS.md goes to standard output, build output and progress to
# standard error. BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=signin.jfr).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The same Java the launcher would run Newsdesk with (it explains what to install if there is none).
java="$(NEWSDESK_PRINT_JAVA=true "$root/newsdesk")"
command -v mvn >/dev/null || { echo "run-signin: needs Apache Maven 3.8+ to build" >&2; exit 1; }

mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >&2

# The same heap ceiling as the other benchmarks; one Argon2id hash takes 19 MiB of it.
exec "$java" -Xmx2g ${BENCH_JAVA_OPTS:-} -Dnewsdesk.shared="$root/../shared" \
    -jar "$root/bench/target/newsdesk-bench.jar" signin "$@"
