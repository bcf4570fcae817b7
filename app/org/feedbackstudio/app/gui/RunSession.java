package org.feedbackstudio.app.gui;

import javafx.application.Platform;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Runner;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.Simulator;

import org.feedbackstudio.runtime.llm.ModelAccount;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The studio's handle on the {@link Runner}: commands go to the worker thread; batches come back to
 * the JavaFX thread, coalesced into one hand-over however fast they arrive, so the UI never waits on a
 * step and is never flooded. Keeps the current run's frames for export.
 */
public final class RunSession implements AutoCloseable {
    private final Runner runner;
    private final ConcurrentLinkedQueue<RunBatch> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final List<Consumer<RunBatch>> listeners = new ArrayList<>();

    // JavaFX thread only.
    private long loads;
    private ModelAccount account = new ModelAccount();
    private RunInfo info;
    private final List<MetricFrame> frames = new ArrayList<>();
    private final List<org.feedbackstudio.core.SimEvent> liveChanges = new ArrayList<>();
    private RunBatch last;

    public RunSession() {
        runner = new Runner(this::receive);
    }

    /** Adds a listener called on the JavaFX thread with every batch of the current run. */
    public void addListener(Consumer<RunBatch> listener) {
        listeners.add(listener);
    }

    public void load(Simulator simulator, Scenario scenario) {
        loads++;
        info = null;
        frames.clear();
        liveChanges.clear();
        last = null;
        account = new ModelAccount();
        runner.load(simulator, scenario, ModelEnvironment.system().withAccount(account));
    }

    /** The current run's use of language models so far (read while the run goes on). */
    public ModelUsage modelUsage() {
        return account.snapshot();
    }

    public void play() {
        runner.play();
    }

    public void pause() {
        runner.pause();
    }

    public void step() {
        runner.step();
    }

    public void setSpeed(double ticksPerSecond) {
        runner.setSpeed(ticksPerSecond);
    }

    public CompletableFuture<Inspection<?>> inspect() {
        return runner.inspect();
    }

    public CompletableFuture<Boolean> applyLive(String name, Object value) {
        return runner.applyLive(name, value);
    }

    /** The run's description, once its first batch arrived. */
    public RunInfo info() {
        return info;
    }

    /** Every frame of the current run so far (for CSV export). */
    public List<MetricFrame> frames() {
        return List.copyOf(frames);
    }

    /** The parameters changed while the current run went on, as the run recorded them. */
    public List<org.feedbackstudio.core.SimEvent> liveChanges() {
        return List.copyOf(liveChanges);
    }

    /** The latest batch of the current run, or null. */
    public RunBatch lastBatch() {
        return last;
    }

    public RunState state() {
        return last == null ? RunState.LOADING : last.state();
    }

    /** Runs a callback on the JavaFX thread when a future completes, dropping it if the studio moved on. */
    public static <T> void onFx(CompletableFuture<T> future, Consumer<T> ok, Consumer<Throwable> failed) {
        future.whenComplete((value, error) -> Platform.runLater(() -> {
            if (error != null) {
                failed.accept(error);
            } else {
                ok.accept(value);
            }
        }));
    }

    // worker thread
    private void receive(RunBatch batch) {
        inbox.add(batch);
        if (drainScheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    // JavaFX thread
    private void drain() {
        drainScheduled.set(false);
        List<RunBatch> pending = new ArrayList<>();
        RunBatch batch;
        while ((batch = inbox.poll()) != null) {
            if (batch.runId() == loads) {
                pending.add(batch); // batches of a run the user has already replaced are dropped
            }
        }
        // Merge what piled up into as few hand-overs as possible: one per run start, one for the rest.
        RunBatch merged = null;
        for (RunBatch b : pending) {
            if (merged != null && b.info() != null) {
                dispatch(merged);
                merged = null;
            }
            merged = merged == null ? b : merge(merged, b);
        }
        if (merged != null) {
            dispatch(merged);
        }
    }

    private static RunBatch merge(RunBatch a, RunBatch b) {
        List<MetricFrame> f = new ArrayList<>(a.frames());
        f.addAll(b.frames());
        List<org.feedbackstudio.core.SimEvent> e = new ArrayList<>(a.events());
        e.addAll(b.events());
        return new RunBatch(b.runId(), a.info(), f, e, a.droppedEvents() + b.droppedEvents(), b.tick(),
                b.totalTicks(), b.ticksPerSecond(), b.state(), b.failure() != null ? b.failure() : a.failure());
    }

    private void dispatch(RunBatch batch) {
        if (batch.info() != null) {
            info = batch.info();
            frames.clear();
            liveChanges.clear();
        }
        frames.addAll(batch.frames());
        for (org.feedbackstudio.core.SimEvent e : batch.events()) {
            if (e.kind().equals(Runner.LIVE_CHANGE)) {
                liveChanges.add(e);
            }
        }
        last = batch;
        for (Consumer<RunBatch> l : listeners) {
            l.accept(batch);
        }
    }

    @Override
    public void close() {
        runner.close();
    }
}
