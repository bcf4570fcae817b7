#!/usr/bin/python3
"""Time one training step of the continual-streams benchmark MLP in Python PyTorch.

The model, batch and optimiser match the Java side (org.feedbackstudio.runtime.nn.StepBenchmark):
a 784-400-400-10 MLP with ReLU, softmax cross-entropy, Adam (lr 1e-3), batch 256 of float32
inputs in [0, 1), one thread. Each repeat times `--steps` steps after `--warmup` steps and prints
ms/step in wall-clock time and in CPU time of the calling thread (steadier on a shared machine: with one
thread, BLAS runs on the caller); the last line gives the medians over the repeats.

Run with Debian's python3-torch on the system interpreter (not a pyenv one):

    OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_mlp_step.py
"""
import argparse
import os
import statistics
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--hidden", type=int, default=400)
    parser.add_argument("--layers", type=int, default=2, help="hidden layers")
    parser.add_argument("--steps", type=int, default=200, help="timed steps per repeat")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--optimizer", choices=["adam", "sgd"], default="adam")
    args = parser.parse_args()

    # Debian's torch calls the system BLAS (OpenBLAS with libopenblas0-pthread), whose own thread pool
    # follows these variables, not torch.set_num_threads: set them before torch loads.
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    os.environ.setdefault("OPENBLAS_NUM_THREADS", str(args.threads))
    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    layers = []
    width = 784
    for _ in range(args.layers):
        layers += [torch.nn.Linear(width, args.hidden), torch.nn.ReLU()]
        width = args.hidden
    layers.append(torch.nn.Linear(width, 10))
    model = torch.nn.Sequential(*layers)
    if args.optimizer == "adam":
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    else:
        optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loss_fn = torch.nn.CrossEntropyLoss()

    # A pool of batches so every step copies fresh data in, as a training loop does.
    pool = 8
    xs = [torch.rand(args.batch, 784) for _ in range(pool)]
    ys = [torch.randint(0, 10, (args.batch,)) for _ in range(pool)]

    def step(i):
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(xs[i % pool]), ys[i % pool])
        loss.backward()
        optimizer.step()
        return loss

    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '(unset)')}, "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}, BLAS: {blas_info(torch)}")
    print(f"MLP 784-{'-'.join([str(args.hidden)] * args.layers)}-10, batch {args.batch}, {args.optimizer}")
    for i in range(args.warmup):
        step(i)
    results = []
    cpu_results = []
    for r in range(args.repeats):
        start = time.perf_counter()
        cpu_start = time.thread_time()
        for i in range(args.steps):
            loss = step(i)
        float(loss)  # make sure the work is done
        ms = (time.perf_counter() - start) * 1000.0 / args.steps
        cpu_ms = (time.thread_time() - cpu_start) * 1000.0 / args.steps
        results.append(ms)
        cpu_results.append(cpu_ms)
        print(f"repeat {r + 1}: {ms:.2f} ms/step (cpu {cpu_ms:.2f}), {args.batch * 1000.0 / ms:.0f} samples/s")
    median = statistics.median(results)
    print(f"median: {median:.2f} ms/step, {args.batch * 1000.0 / median:.0f} samples/s; "
          f"cpu {statistics.median(cpu_results):.2f} ms/step")


def blas_info(torch):
    """The BLAS library actually mapped into this process (Debian's torch links the generic libblas.so.3)."""
    try:
        with open("/proc/self/maps") as maps:
            libs = sorted({line.split()[-1] for line in maps if "blas" in line or "mkl" in line})
        if libs:
            return ", ".join(os.path.basename(lib) for lib in libs)
    except OSError:
        pass
    return [p.strip() for p in torch.__config__.show().replace("\n", ",").split(",") if "BLAS_INFO" in p][0]


if __name__ == "__main__":
    main()
