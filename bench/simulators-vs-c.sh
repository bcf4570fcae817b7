#!/bin/sh
# The simulators' hot loops against tight C versions of the same per-tick work: `bench switching-costs`
# (batched EXP3, K = 10) and `bench donor-game` (1,000 agents, trace depth 3) against switching_costs.c and
# donor_game.c, built with gcc -O3 -march=native, each pair run alternately (interleave.py waits for a
# quiet machine before each round) and reported as medians and per-round ratios.
#
#   mvn -q package -DskipTests
#   sh bench/simulators-vs-c.sh PERF_DIR [REPS]    # PERF_DIR holds the C files and interleave.py
set -eu
cd "$(dirname "$0")/.."
PERF="${1:?usage: sh bench/simulators-vs-c.sh PERF_DIR [REPS]}"
REPS="${2:-6}"
JAR="$(pwd)/target/feedback-studio.jar"
[ -f "$JAR" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
OUT="$(pwd)/target/perf"
mkdir -p "$OUT"
gcc -O3 -march=native -o "$OUT/sc" "$PERF/switching_costs.c" -lm
gcc -O3 -march=native -o "$OUT/dg" "$PERF/donor_game.c" -lm
cat > "$OUT/switching-costs.json" <<JSON
{"out": "$OUT/switching-costs.jsonl", "reps": $REPS, "commands": [
 {"name": "studio", "cmd": "java -jar $JAR bench switching-costs", "regex": "([\\\\d.]+) (million )?rounds/s"},
 {"name": "c", "cmd": "$OUT/sc", "regex": "c: ([\\\\d.e+]+) ()rounds/s"}]}
JSON
cat > "$OUT/donor-game.json" <<JSON
{"out": "$OUT/donor-game.jsonl", "reps": $REPS, "commands": [
 {"name": "studio", "cmd": "java -jar $JAR bench donor-game --set agents=1000 --set traceDepth=3", "regex": "([\\\\d.]+) (million )?donations/s"},
 {"name": "c", "cmd": "$OUT/dg", "regex": "c: ([\\\\d.e+]+) ()donations/s"}]}
JSON
for sim in switching-costs donor-game; do
    echo "== $sim"
    python3 "$PERF/interleave.py" "$OUT/$sim.json" | sed -n '/summary/,$p'
done
