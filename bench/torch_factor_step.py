#!/usr/bin/python3
"""Time one training step of the creator platform's matrix-factorisation recommender in Python PyTorch.

The model, data and optimiser match the Java side (org.feedbackstudio.runtime.nn.FactorStepBenchmark):
score(u, i) = p_u . (E_item[i] + E_genre[g] + E_creator[c]) + b_item[i] + b_genre[g] + b_creator[c] + beta,
users' and side tables' vectors drawn from N(0, 0.1^2), item vectors and biases from zero, Adam (lr 1e-3)
over every parameter, one thread; pointwise (binary cross-entropy with logits on 0/1 labels) or pairwise
(BPR: -log sigmoid(score(u, pos) - score(u, neg)), the global bias cancelling). Each step trains on a
batch from a pool of eight drawn uniformly. Written as a PyTorch user would: nn.Embedding tables,
autograd, torch.optim.Adam with its multi-tensor (foreach) implementation, gradients set to None.

    OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_factor_step.py [--objective pairwise]
"""
import argparse
import os
import statistics
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objective", choices=["pointwise", "pairwise"], default="pointwise")
    parser.add_argument("--users", type=int, default=1500)
    parser.add_argument("--items", type=int, default=4096)
    parser.add_argument("--genres", type=int, default=15)
    parser.add_argument("--creators", type=int, default=50)
    parser.add_argument("--dimension", type=int, default=64)
    parser.add_argument("--batch", type=int, default=1024)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(7)
    d = args.dimension
    sizes = [args.items, args.genres, args.creators]

    class Factors(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.users = torch.nn.Embedding(args.users, d)
            self.vectors = torch.nn.ModuleList(torch.nn.Embedding(n, d) for n in sizes)
            self.biases = torch.nn.ModuleList(torch.nn.Embedding(n, 1) for n in sizes)
            self.beta = torch.nn.Parameter(torch.zeros(1))
            with torch.no_grad():
                for e in [self.users, self.vectors[1], self.vectors[2]]:
                    e.weight.normal_(0.0, 0.1)
                self.vectors[0].weight.zero_()
                for b in self.biases:
                    b.weight.zero_()

        def item(self, items):
            v = sum(e(ix) for e, ix in zip(self.vectors, items))
            b = sum(e(ix) for e, ix in zip(self.biases, items)).squeeze(1)
            return v, b

        def forward(self, u, items):
            v, b = self.item(items)
            return (self.users(u) * v).sum(1) + b + self.beta

    model = Factors()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, foreach=True)
    pool = []
    for _ in range(8):
        u = torch.randint(0, args.users, (args.batch,))
        pos = [torch.randint(0, n, (args.batch,)) for n in sizes]
        neg = [torch.randint(0, n, (args.batch,)) for n in sizes]
        y = torch.randint(0, 2, (args.batch,)).float()
        pool.append((u, pos, neg, y))

    def step(i):
        u, pos, neg, y = pool[i % 8]
        optimizer.zero_grad(set_to_none=True)
        if args.objective == "pointwise":
            loss = torch.nn.functional.binary_cross_entropy_with_logits(model(u, pos), y)
        else:
            pu = model.users(u)
            vp, bp = model.item(pos)
            vn, bn = model.item(neg)
            loss = torch.nn.functional.softplus(-((pu * (vp - vn)).sum(1) + bp - bn)).mean()
        loss.backward()
        optimizer.step()
        return loss

    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}; matrix factorisation, {args.objective}: "
          f"{args.users} users, tables {'/'.join(map(str, sizes))}, dimension {d}, batch {args.batch}, Adam")
    for i in range(args.warmup):
        step(i)
    wall, cpu = [], []
    for r in range(args.repeats):
        start, cpu_start = time.perf_counter(), time.thread_time()
        for i in range(args.steps):
            loss = step(i)
        float(loss)
        wall.append((time.perf_counter() - start) * 1000.0 / args.steps)
        cpu.append((time.thread_time() - cpu_start) * 1000.0 / args.steps)
        print(f"repeat {r + 1}: {wall[-1]:.3f} ms/step (cpu {cpu[-1]:.3f}) (loss {float(loss):.4f})")
    median = statistics.median(wall)
    print(f"median: {median:.3f} ms/step, {args.batch * 1000.0 / median:.0f} rows/s; "
          f"cpu {statistics.median(cpu):.3f} ms/step")


if __name__ == "__main__":
    main()
