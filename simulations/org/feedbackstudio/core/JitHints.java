package org.feedbackstudio.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hints to HotSpot's just-in-time compiler for the simulators' hot loops, registered once at start-up
 * through the JVM's diagnostic-command interface (what {@code jcmd Compiler.directives_add} does). They
 * change how fast a simulation runs, never a number it produces.
 *
 * <p>The one hint so far: inline the JDK's Gaussian sampler ({@code RandomSupport.computeNextGaussian},
 * behind {@code SplittableRandom.nextGaussian}) into the studio's own code. At 564 bytecodes it is above
 * the compiler's size limit for hot calls (325), so every draw is an out-of-line call that spills the
 * caller's registers and reloads the generator's state. The switching-costs random walk draws one per
 * round; inlined, {@code bench switching-costs} runs about 8% faster. Where the interface is missing
 * (another JVM) or refuses, nothing changes but speed.
 */
public final class JitHints {
    private static final Logger LOG = LoggerFactory.getLogger(JitHints.class);
    static final String DIRECTIVES = "[{ match: \"org/feedbackstudio/*.*\","
            + " inline: \"+jdk/internal/util/random/RandomSupport.computeNextGaussian\" }]";
    private static boolean installed;

    private JitHints() {
    }

    /**
     * Starts registering the hints on a daemon thread: it takes about 150 ms (the management interface
     * loads), too long to keep a window or a command waiting, and a simulation started before it ends
     * only misses the speed-up.
     */
    public static void installInBackground() {
        Thread t = new Thread(JitHints::install, "jit-hints");
        t.setDaemon(true);
        t.start();
    }

    /** Registers the hints, once per JVM; true if the JVM took them. Safe to call from any thread. */
    public static synchronized boolean install() {
        if (installed) {
            return true;
        }
        Path file = null;
        try {
            file = Files.createTempFile("feedback-studio-jit", ".json");
            Files.writeString(file, DIRECTIVES, StandardCharsets.UTF_8);
            Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            installed = String.valueOf(reply).contains("1 compiler directives added");
            LOG.debug("JIT hints: {}", String.valueOf(reply).strip());
        } catch (Exception | LinkageError e) {
            LOG.debug("JIT hints not installed: {}", e.toString());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (Exception ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
        return installed;
    }
}
