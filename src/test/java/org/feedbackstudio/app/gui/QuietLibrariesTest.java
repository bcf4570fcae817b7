package org.feedbackstudio.app.gui;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio keeps the neural engine's chatter and its CUDA probe off the console, not its real errors. */
class QuietLibrariesTest {
    @Test
    void theEngineSaysOnlyWhatMatters() {
        StudioApp.quietLibraries();
        // Fresh logger names below the configured ones, so a logger made earlier in this JVM does not decide.
        String probe = "probe" + System.nanoTime();
        Logger cuda = LoggerFactory.getLogger("ai.djl.util.cuda.CudaUtils." + probe);
        Logger engine = LoggerFactory.getLogger("ai.djl.pytorch.engine." + probe);
        assertFalse(cuda.isWarnEnabled(), "the CUDA probe's warning on a CPU build");
        assertTrue(cuda.isErrorEnabled());
        assertFalse(engine.isInfoEnabled(), "the engine's platform and thread counts");
        assertTrue(engine.isWarnEnabled(), "the engine's real warnings stay");
        assertTrue(LoggerFactory.getLogger("org.feedbackstudio." + probe).isInfoEnabled(), "the studio's own log");
    }
}
