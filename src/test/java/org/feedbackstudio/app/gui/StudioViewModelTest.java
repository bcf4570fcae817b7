package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.WalkFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The studio's parameter-change policy as plain Java, on the walk fixture (steps and failAt are not live,
 * upProbability is; failAt may not exceed steps): before the run starts a change applies at once; during
 * a run a live parameter applies live and any other waits for a reset, never silently ignored.
 */
class StudioViewModelTest {
    private final WalkFixture walk = new WalkFixture();
    private final StudioViewModel model = new StudioViewModel(new Catalog(List.of(walk)), Runnable::run);

    @BeforeEach
    void load() {
        model.load(Scenario.defaults(walk, 7));
    }

    /** The run reports that it is at {@code tick}. */
    private void ranTo(long tick, RunState state) {
        model.batch(new RunBatch(1, null, List.of(), List.of(), 0, tick, 1000, 0, state, null));
        assertEquals(state, model.runState());
    }

    @Test
    void beforeTheRunStartsEveryChangeRestarts() {
        model.batch(new RunBatch(1, null, List.of(), List.of(), 0, 0, 1000, 0, RunState.READY, null));
        assertInstanceOf(StudioViewModel.RestartNow.class, model.parameterEdited("steps", 300L));
        assertEquals(300L, model.nextRun().parameters().get("steps"));
        assertInstanceOf(StudioViewModel.RestartNow.class, model.seedEdited(" 42 "));
        assertEquals(42, model.nextRun().seed());
    }

    @Test
    void midRunALiveParameterAppliesLiveAndTheRunKeepsItsScenario() {
        ranTo(5, RunState.PAUSED);
        StudioViewModel.Edit edit = model.parameterEdited("upProbability", 1.0);
        assertEquals(new StudioViewModel.ApplyLive("upProbability", 1.0), edit);
        assertEquals("upProbability = 1 applied live", model.liveApplied("upProbability", 1.0));
        assertTrue(model.pendingReset().isEmpty());
        assertTrue(!model.resetBeforePlay());
    }

    @Test
    void afterTheRunFinishedTheBannerDoesNotSayItGoesOn() {
        ranTo(5, RunState.PAUSED);
        model.parameterEdited("steps", 300L);
        assertEquals("steps takes effect when the run starts again. The current run goes on with the old values.",
                model.pendingMessage());
        ranTo(1000, RunState.FINISHED);
        assertEquals("steps takes effect when the run starts again: press Reset. The run shown finished with the "
                + "values it started with.", model.pendingMessage());
        model.parameterEdited("upProbability", 0.9);
        assertEquals(List.of("steps", "upProbability"), model.pendingReset());
        assertTrue(model.pendingMessage().startsWith("steps, upProbability take effect"), model.pendingMessage());
    }

    @Test
    void midRunOtherChangesWaitForAResetInTheOrderMade() {
        ranTo(5, RunState.PAUSED);
        assertInstanceOf(StudioViewModel.ResetPending.class, model.parameterEdited("steps", 300L));
        StudioViewModel.Edit seed = model.seedChanged(99);
        assertInstanceOf(StudioViewModel.ResetPending.class, seed);
        assertEquals(List.of("steps", "seed"), model.pendingReset());
        assertEquals("steps, seed take effect when the run starts again. The current run goes on with the old values.",
                ((StudioViewModel.ResetPending) seed).message(model.pendingReset()));
        assertTrue(model.resetBeforePlay(), "play starts again with the new values");
        // once something waits for a reset, a live parameter waits too, so the next run has them all
        assertInstanceOf(StudioViewModel.ResetPending.class, model.parameterEdited("upProbability", 0.9));
    }

    @Test
    void aLiveValueTheRunRefusesWaitsForAReset() {
        ranTo(5, RunState.RUNNING);
        assertInstanceOf(StudioViewModel.ApplyLive.class, model.parameterEdited("upProbability", 0.8));
        assertInstanceOf(StudioViewModel.ResetPending.class, model.liveRefused("upProbability"));
        assertEquals(List.of("upProbability"), model.pendingReset());
        assertTrue(!model.resetBeforePlay(), "a running run is not restarted by play");
    }

    @Test
    void parametersThatDoNotGoTogetherBlockTheRunUntilFixed() {
        ranTo(5, RunState.PAUSED);
        StudioViewModel.Edit edit = model.parameterEdited("failAt", 5000L);
        StudioViewModel.Refused refused = assertInstanceOf(StudioViewModel.Refused.class, edit);
        assertEquals("failAt", refused.parameter());
        assertEquals("must not exceed steps (1000)", refused.problem());
        assertTrue(refused.message().startsWith("These parameters do not go together: parameters.failAt:"),
                refused.message());
        assertNull(model.nextRun(), "no run while the parameters have a problem");
        // fixing it with a non-live parameter restarts at once: the old run used the old values anyway
        assertInstanceOf(StudioViewModel.RestartNow.class, model.parameterEdited("steps", 6000L));
        assertNull(model.problem());
        assertEquals(6000L, model.nextRun().parameters().get("steps"));
    }

    @Test
    void aSeedThatIsNoNumberIsRefusedAndTheSeedStays() {
        StudioViewModel.Refused refused = assertInstanceOf(StudioViewModel.Refused.class, model.seedEdited("abc"));
        assertEquals("Seed: \"abc\" is not a whole number; the seed stays 7.", refused.message());
        assertEquals(7, model.seed());
        assertInstanceOf(StudioViewModel.Unchanged.class, model.seedEdited("7"));
    }

    @Test
    void theEndOfARunAndAFailureAreSaidInTheSimulatorsWords() {
        assertEquals("Finished after 1,000 steps. Reset to run again, or change parameters.",
                model.batch(new RunBatch(1, null, List.of(), List.of(), 0, 1000, 1000, 0, RunState.FINISHED, null)));
        RunBatch failed = new RunBatch(1, null, List.of(), List.of(), 0, 41, 1000, 0, RunState.FAILED,
                new IllegalStateException("failing at step 42 as asked"));
        assertNull(model.batch(failed));
        assertEquals("The run stopped at step 42: failing at step 42 as asked The charts keep what it produced.",
                model.failure(failed));
    }

    @Test
    void parametersOffTheirDefaultsAreListed() {
        model.parameterEdited("steps", 300L);
        model.parameterEdited("start", "ten");
        assertEquals(List.of("steps", "start"), model.offDefault().stream().map(p -> p.name()).toList());
    }
}
