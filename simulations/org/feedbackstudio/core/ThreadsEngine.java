package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Runs an experiment's tasks on a fixed number of local threads. */
public final class ThreadsEngine implements SweepEngine {
    private final int threads;

    public ThreadsEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public String describe() {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    @Override
    public void run(Experiment experiment, List<RunTask> tasks, Consumer<RunRecord> onRecord, AtomicBoolean cancel)
            throws InterruptedException, SweepEngineException {
        ExperimentWorker worker = new ExperimentWorker(experiment);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        Object lock = new Object();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunTask task : tasks) {
                futures.add(pool.submit(() -> {
                    if (cancel.get()) {
                        return;
                    }
                    RunRecord record = worker.run(task, cancel);
                    if (record != null) {
                        synchronized (lock) {
                            onRecord.accept(record);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new SweepEngineException("a sweep worker failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
