#!/usr/bin/env bash
# Builds the benchmarks and runs the ingest throughput benchmark; arguments go to it, e.g.
#   bench/run-ingest.sh --feeds 200 --entries 50 --runs 5
#   bench/run-ingest.sh --db embedded-postgres        (or --db postgresql://user:password@localhost/db)
#   bench/run-ingest.sh --help
# The Markdown report for BENCHMARKS.md goes to standard output, build output and progress to
# standard error. BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=ingest.jfr).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The first java of release 21 or newer, looked for where ./newsdesk looks.
find_java() {
    local candidate release
    for candidate in ${NEWSDESK_JAVA:-} ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" \
        /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/jdk*/bin/java; do
        [ -x "$candidate" ] || continue
        release="$("$candidate" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)"
        if [ -n "$release" ] && [ "$release" -ge 21 ]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

java="$(find_java)" || { echo "run-ingest: needs Java 21 or newer (install a JDK 21+ or set JAVA_HOME)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "run-ingest: needs Apache Maven 3.8+ to build" >&2; exit 1; }

mvn -B -ntp -q -f "$root/pom.xml" -pl bench -am -Dmaven.test.skip=true package >&2

# A fixed heap ceiling makes the peak-heap figures comparable between machines.
exec "$java" -Xmx2g ${BENCH_JAVA_OPTS:-} -Dnewsdesk.shared="$root/../shared" \
    -jar "$root/bench/target/newsdesk-bench.jar" ingest "$@"
