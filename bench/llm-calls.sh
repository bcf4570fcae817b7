#!/bin/sh
# The language-model runtime's own overhead: a scripted loopback server that answers at once, calls per
# second at concurrency 1 and 8 (alternated, medians), then the model-driven paper preset's wall time with
# calls and replayed from the cache. Usage: sh bench/llm-calls.sh [CALLS] [REPEATS]
set -e
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt > /dev/null
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    org.feedbackstudio.runtime.llm.CallBenchmark "${1:-4000}" "${2:-5}"
