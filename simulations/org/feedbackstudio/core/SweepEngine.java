package org.feedbackstudio.core;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs an experiment's tasks somewhere — local threads ({@link ThreadsEngine}) or a cluster — and hands
 * each task's record to the driver as it completes. Engines differ only in where the work happens: every
 * task runs {@link ExperimentWorker}, so the records do not depend on the engine.
 */
public interface SweepEngine {

    /** A few words for progress lines: "4 threads", "Spark local[2]". */
    String describe();

    /**
     * Runs {@code tasks}, calling {@code onRecord} (one call at a time) as each completes. Returns when all
     * are done or {@code cancel} is set.
     *
     * @throws SweepEngineException when the engine itself fails (not a run: a failed run is a record)
     */
    void run(Experiment experiment, List<RunTask> tasks, Consumer<RunRecord> onRecord, AtomicBoolean cancel)
            throws InterruptedException, SweepEngineException;

    /** The engine could not run the tasks: a cluster unreachable, a task failing beyond its retries. */
    final class SweepEngineException extends Exception {
        private static final long serialVersionUID = 1L;

        public SweepEngineException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
