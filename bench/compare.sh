#!/bin/sh
# Side-by-side training-step benchmarks: the studio's embedded runtime (DJL + libtorch) against Python
# PyTorch on the same work, one thread on each side, run alternately ROUNDS times:
#   mlp       the continual-streams MLP 784-400-400-10, batch 256, Adam (StepBenchmark / torch_mlp_step.py)
#   pointwise the creator platform's matrix factorisation, batch 1,024, cross-entropy, Adam
#   pairwise  the same with BPR (FactorStepBenchmark / torch_factor_step.py)
# It prints the median over rounds of each side's median ms/step (wall clock and thread CPU), the ratios
# studio / PyTorch, and for the MLP the share of this core's measured fp32 peak (bench/fma_peak.c).
#
# PyTorch runs with glibc's allocator tuned as its users tune it: without it, every step hands its large
# temporaries back to the kernel and faults them in again (about 2× slower here). An mmap threshold above
# glibc's cap (32 MiB on 64-bit) is ignored, and a trim threshold alone turns off glibc's adaptive mmap
# threshold and is slower still, hence both, at the cap. The studio runs as it ships, without them.
#
#   mvn -q package -DskipTests        # builds target/feedback-studio.jar and target/lib/
#   sh bench/compare.sh [ROUNDS]      # default 5 rounds
#
# Extra options for the MLP on both sides go in BENCH_ARGS, e.g. BENCH_ARGS="--batch 64 --hidden 128".
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
TUNED="MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=1073741824"
PEAK=""
if command -v gcc >/dev/null 2>&1; then
    gcc -O2 -mavx2 -mfma -o target/fma_peak bench/fma_peak.c && PEAK=$(target/fma_peak | sed -n 's/^avx2 fma peak \([0-9.]*\) .*/\1/p')
    echo "this core's fp32 peak: ${PEAK:-unknown} GFLOP/s ($(target/fma_peak | sed 's/.*; //'))"
fi
java_ms() { java -cp "$JAR:target/lib/*" "org.feedbackstudio.runtime.nn.$1" $2 2>&1 \
    | sed -n 's/.*median: \([0-9.]*\) ms\/step.*cpu \([0-9.]*\) ms\/step.*/\1 \2/p'; }
torch_ms() { env $TUNED /usr/bin/python3 "bench/$1" $2 \
    | sed -n 's/^median: \([0-9.]*\) ms\/step.*cpu \([0-9.]*\) ms\/step.*/\1 \2/p'; }
results=""
i=1
while [ "$i" -le "$ROUNDS" ]; do
    a=$(java_ms StepBenchmark "$ARGS"); b=$(torch_ms torch_mlp_step.py "$ARGS")
    c=$(java_ms FactorStepBenchmark "--objective pointwise"); d=$(torch_ms torch_factor_step.py "--objective pointwise")
    e=$(java_ms FactorStepBenchmark "--objective pairwise"); f=$(torch_ms torch_factor_step.py "--objective pairwise")
    echo "round $i (ms/step wall cpu): mlp studio $a, PyTorch $b; pointwise studio $c, PyTorch $d;" \
         "pairwise studio $e, PyTorch $f; load $(cut -d' ' -f1 /proc/loadavg)"
    results="$results $a $b $c $d $e $f"
    i=$((i + 1))
done
/usr/bin/python3 - "$results" "$ARGS" "${PEAK:-0}" <<'PY'
import statistics, sys
v = [float(x) for x in sys.argv[1].split()]
cols = [v[k::12] for k in range(12)]
args, peak = sys.argv[2].split(), float(sys.argv[3])
def opt(name, default):
    return int(args[args.index(name) + 1]) if name in args else default
batch, hidden, layers = opt("--batch", 256), opt("--hidden", 400), opt("--layers", 2)
widths = [784] + [hidden] * layers + [10]
weights = sum(a * b for a, b in zip(widths, widths[1:]))
# forward 2·B·W; backward: weight gradients 2·B·W, input gradients of every layer but the first
flop = 2 * batch * weights * 2 + 2 * batch * (weights - widths[0] * widths[1])
med = statistics.median
print(f"\n{'benchmark':10s} {'side':8s} {'ms/step':>8s} {'cpu ms':>8s}  notes")
for k, name in enumerate(("mlp", "pointwise", "pairwise")):
    for s, side in enumerate(("studio", "PyTorch")):
        w, c = med(cols[4 * k + 2 * s]), med(cols[4 * k + 2 * s + 1])
        note = ""
        if name == "mlp":
            g = flop / (w / 1000) / 1e9
            note = f"{flop / 1e9:.3f} GFLOP/step, {g:.1f} GFLOP/s" + (f", {100 * g / peak:.0f}% of peak" if peak else "")
        print(f"{name:10s} {side:8s} {w:8.3f} {c:8.3f}  {note}")
    ratio_w = med(cols[4 * k]) / med(cols[4 * k + 2])
    ratio_c = med(cols[4 * k + 1]) / med(cols[4 * k + 3])
    print(f"{name:10s} ratio studio / PyTorch, time per step: wall {ratio_w:.2f}, cpu {ratio_c:.2f}")
PY
