#!/usr/bin/python3
"""The continual-streams run's work in Python PyTorch, for `bench continual-streams` to be set beside.

Same shapes and schedule as the studio's defaults (split stream, replay): 5 tasks x 100 iterations; each
iteration trains a 784-128-128-10 ReLU MLP with Adam (lr 1e-3) on 64 new images of the current task plus
up to 64 replayed from a 500-image reservoir memory (filled on first presentation), the loss weighing the
two groups 0.5 / 0.5; every --eval-every iterations and at every task end the model classifies the 200
test images of each task seen so far. Images are 28x28 bytes scaled to [0, 1) when a batch is built, as
the studio does; their content does not change the work. Prints samples trained per second (the bench's
unit) over --repeats whole runs after one warm-up run.

    OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_continual.py [--eval-every 1]
"""
import argparse
import os
import random
import statistics
import time


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tasks", type=int, default=5)
    p.add_argument("--iterations", type=int, default=100, help="per task")
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--replay", type=int, default=64)
    p.add_argument("--memory", type=int, default=500)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--test", type=int, default=200, help="test images per task")
    p.add_argument("--eval-every", type=int, default=1)
    p.add_argument("--repeats", type=int, default=5)
    args = p.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(1)
    rng = random.Random(1)
    per_task = 12000 // args.tasks * 2  # two digits per task, about 6,000 training images each
    train = torch.randint(0, 256, (args.tasks, per_task, 784), dtype=torch.uint8)
    train_labels = torch.randint(0, 10, (args.tasks, per_task))
    test = torch.randint(0, 256, (args.tasks * args.test, 784), dtype=torch.uint8).float() / 255.0
    test_labels = torch.randint(0, 10, (args.tasks * args.test,))
    rows = args.batch + args.replay

    def run():
        model = torch.nn.Sequential(torch.nn.Linear(784, args.hidden), torch.nn.ReLU(),
                                    torch.nn.Linear(args.hidden, args.hidden), torch.nn.ReLU(),
                                    torch.nn.Linear(args.hidden, 10))
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        # the reservoir as index tensors, drawn from and filled with vectorised operations
        mem_task = torch.zeros(args.memory, dtype=torch.long)
        mem_image = torch.zeros(args.memory, dtype=torch.long)
        size, offered, trained = 0, 0, 0
        x = torch.empty(rows, 784)
        y = torch.empty(rows, dtype=torch.long)
        w = torch.empty(rows)
        for task in range(args.tasks):
            order = torch.randperm(per_task)
            seen = task + 1
            for it in range(args.iterations):
                idx = order[(it * args.batch) % per_task:][:args.batch]
                torch.div(train[task, idx], 255.0, out=x[:args.batch])
                y[:args.batch] = train_labels[task, idx]
                k = min(args.replay, size)
                if k:
                    pick = torch.randperm(size)[:k]
                    t, i = mem_task[pick], mem_image[pick]
                    torch.div(train[t, i], 255.0, out=x[args.batch:args.batch + k])
                    y[args.batch:args.batch + k] = train_labels[t, i]
                n = args.batch + k
                if k == 0:
                    w[:n] = 1.0 / n
                else:
                    w[:args.batch] = 0.5 / args.batch
                    w[args.batch:n] = 0.5 / k
                opt.zero_grad(set_to_none=True)
                loss = (torch.nn.functional.cross_entropy(model(x[:n]), y[:n], reduction="none") * w[:n]).sum()
                loss.backward()
                opt.step()
                trained += n
                if it * args.batch < per_task:  # first presentation: offer to the reservoir
                    fill = min(args.batch, args.memory - size)
                    if fill:
                        mem_task[size:size + fill] = task
                        mem_image[size:size + fill] = idx[:fill]
                        size += fill
                    rest = idx[fill:]
                    if len(rest):
                        slots = (torch.rand(len(rest)) * (offered + fill + torch.arange(1, len(rest) + 1))).long()
                        keep = slots < args.memory
                        mem_task[slots[keep]] = task
                        mem_image[slots[keep]] = rest[keep]
                    offered += args.batch
                if (it + 1) % args.eval_every == 0 or it == args.iterations - 1:
                    with torch.no_grad():
                        m = seen * args.test
                        hit = (model(test[:m]).argmax(1) == test_labels[:m]).view(seen, args.test).sum(1)
                        hit.tolist()
        return trained

    run()
    rates = []
    for r in range(args.repeats):
        start = time.perf_counter()
        n = run()
        rates.append(n / (time.perf_counter() - start))
        print(f"run {r + 1}: {rates[-1]:,.0f} samples/s")
    print(f"median: {statistics.median(rates):,.0f} samples/s ({statistics.median(rates) / rows:.0f} iterations/s), "
          f"evaluation every {args.eval_every}")


if __name__ == "__main__":
    main()
