#!/bin/sh
# The simulators' hot loops against tight C versions of the same per-tick work: `bench switching-costs`
# (batched EXP3, K = 10) and `bench donor-game` (1,000 agents, trace depth 3) against switching_costs.c and
# donor_game.c, built with gcc -O3 -march=native, run alternately (interleave.py waits for a quiet machine
# before each round) and reported as medians and per-round ratios.
#
# Each C file runs twice: as given ("c"), and with the studio's own shortcuts applied ("c-same"), so that
# the reference is at its best too. The patches beside this script are those shortcuts:
#   donor_game-same-shortcuts.patch       a trace entry judged by one load (share given, or -1 for a
#                                         punishment); one loop for all three norms; the trace a donor was
#                                         shown remembered as its action, not copied
#   switching_costs-same-shortcuts.patch  an exponential weight recomputed only when its exponent changed
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
for c in switching_costs donor_game; do
    gcc -O3 -march=native -o "$OUT/$c" "$PERF/$c.c" -lm
    patch -s -o "$OUT/$c-same.c" "$PERF/$c.c" "bench/$c-same-shortcuts.patch"
    gcc -O3 -march=native -o "$OUT/$c-same" "$OUT/$c-same.c" -lm
done
spec() { # NAME STUDIO_ARGS C_BINARY UNIT
    cat > "$OUT/$1.json" <<JSON
{"out": "$OUT/$1.jsonl", "reps": $REPS, "commands": [
 {"name": "studio", "cmd": "java -jar $JAR bench $1 $2", "regex": "([\\\\d.]+) (million )?$4/s"},
 {"name": "c", "cmd": "$OUT/$3", "regex": "c: ([\\\\d.e+]+) ()$4/s"},
 {"name": "c-same", "cmd": "$OUT/$3-same", "regex": "c: ([\\\\d.e+]+) ()$4/s"}]}
JSON
}
spec switching-costs "" switching_costs rounds
spec donor-game "--set agents=1000 --set traceDepth=3" donor_game donations
for sim in switching-costs donor-game; do
    echo "== $sim"
    python3 "$PERF/interleave.py" "$OUT/$sim.json" | sed -n '/summary/,$p'
done
