#!/bin/sh
# The negotiation's overhead per model-driven game: a scripted loopback server that answers at once plays the
# seller, the buyer and the moderator (9 calls a game); games per second at concurrency 1 and 8 (alternated,
# medians, each from an empty answer cache), and replayed from the cache. Usage:
# sh bench/negotiation-games.sh [GAMES] [REPEATS]
set -e
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt > /dev/null
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    org.feedbackstudio.negotiation.NegotiationGamesBenchmark "${1:-400}" "${2:-5}"
