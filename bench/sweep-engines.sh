#!/bin/sh
# Sweep throughput on each engine: local threads (1, 2), Spark local[2], and a loopback Spark standalone
# cluster of two workers started from the Spark jars Maven brought. The engines take turns; medians.
# Usage: sh bench/sweep-engines.sh [ROUNDS]      (run from the project folder)
set -e
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
FLAGS=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)
# shellcheck disable=SC2086
exec java $FLAGS -Dai.djl.offline=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.feedbackstudio.spark.SweepEnginesBenchmark "${1:-3}"
