#!/bin/sh
# Side-by-side training-step benchmark: the studio's embedded runtime (DJL + libtorch) against Python
# PyTorch, same MLP (784-400-400-10), batch (256), optimiser (Adam) and one thread on each side.
# The two run alternately, ROUNDS times; each run reports the medians of its repeats in wall-clock
# time and in CPU time of the training thread, and the script prints the median over rounds for each
# side and the ratios DJL / PyTorch (time per step). On a shared machine the CPU-time figures are the
# steadier ones; on an idle machine the two agree.
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
results=""
i=1
while [ "$i" -le "$ROUNDS" ]; do
    j=$(java -cp "$JAR:target/lib/*" org.feedbackstudio.runtime.nn.StepBenchmark $ARGS 2>&1 \
        | sed -n 's/.*median: \([0-9.]*\) ms\/step.*cpu \([0-9.]*\) ms\/step.*/\1 \2/p')
    t=$(/usr/bin/python3 bench/torch_mlp_step.py $ARGS \
        | sed -n 's/^median: \([0-9.]*\) ms\/step.*cpu \([0-9.]*\) ms\/step.*/\1 \2/p')
    echo "round $i: DJL $j, PyTorch $t (ms/step: wall cpu); load $(cut -d' ' -f1 /proc/loadavg)"
    results="$results $j $t"
    i=$((i + 1))
done
/usr/bin/python3 - "$results" "$ARGS" <<'PY'
import statistics, sys
v = [float(x) for x in sys.argv[1].split()]
djl_wall, djl_cpu, torch_wall, torch_cpu = (v[k::4] for k in range(4))
args = sys.argv[2].split()
batch = int(args[args.index("--batch") + 1]) if "--batch" in args else 256
for name, wall, cpu in (("DJL (embedded runtime)", djl_wall, djl_cpu), ("Python PyTorch", torch_wall, torch_cpu)):
    w, c = statistics.median(wall), statistics.median(cpu)
    print(f"{name:24s} median {w:.2f} ms/step ({batch * 1000 / w:.0f} samples/s); cpu {c:.2f} ms/step")
print(f"ratio DJL / PyTorch, time per step: wall {statistics.median(djl_wall) / statistics.median(torch_wall):.2f}, "
      f"cpu {statistics.median(djl_cpu) / statistics.median(torch_cpu):.2f}")
PY
