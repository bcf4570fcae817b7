#!/bin/sh
# Side-by-side training-step benchmark: the studio's embedded runtime (DJL + libtorch) against Python
# PyTorch, same MLP (784-400-400-10), batch (256), optimiser (Adam) and one thread on each side.
# The two run alternately, ROUNDS times; each run reports the median of its repeats, and the script
# prints the median over rounds for each side and the ratio DJL / PyTorch (time per step).
#
#   mvn -q package -DskipTests        # builds target/feedback-studio.jar and target/lib/
#   sh bench/compare.sh [ROUNDS]      # default 5 rounds
#
# Extra options for both sides can go in BENCH_ARGS, e.g. BENCH_ARGS="--batch 64 --hidden 128".
set -eu
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
ARGS="${BENCH_ARGS:-}"
JAR=target/feedback-studio.jar
if [ ! -f "$JAR" ] || [ ! -d target/lib ]; then
    echo "build first: mvn -q package -DskipTests" >&2
    exit 1
fi
export OMP_NUM_THREADS=1
java_ms=""
torch_ms=""
i=1
while [ "$i" -le "$ROUNDS" ]; do
    j=$(java -cp "$JAR:target/lib/*" org.feedbackstudio.runtime.nn.StepBenchmark $ARGS 2>&1 \
        | sed -n 's/.*median: \([0-9.]*\) ms\/step.*/\1/p')
    t=$(/usr/bin/python3 bench/torch_mlp_step.py $ARGS | sed -n 's/^median: \([0-9.]*\) ms\/step.*/\1/p')
    echo "round $i: DJL $j ms/step, PyTorch $t ms/step"
    java_ms="$java_ms $j"
    torch_ms="$torch_ms $t"
    i=$((i + 1))
done
/usr/bin/python3 - "$java_ms" "$torch_ms" "$ARGS" <<'PY'
import statistics, sys
djl = [float(x) for x in sys.argv[1].split()]
torch = [float(x) for x in sys.argv[2].split()]
batch = 256
args = sys.argv[3].split()
if "--batch" in args:
    batch = int(args[args.index("--batch") + 1])
d, t = statistics.median(djl), statistics.median(torch)
print(f"DJL (embedded runtime): median {d:.2f} ms/step, {batch * 1000 / d:.0f} samples/s")
print(f"Python PyTorch:         median {t:.2f} ms/step, {batch * 1000 / t:.0f} samples/s")
print(f"ratio DJL / PyTorch (time per step): {d / t:.2f}")
PY
