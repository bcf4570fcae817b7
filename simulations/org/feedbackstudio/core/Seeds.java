package org.feedbackstudio.core;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * Seeding rules. A run has one root seed. Components take their own stream from the root with
 * {@link SplittableRandom#split()} in a fixed order at start-up (adversary first, then each learner,
 * say), so no component's draws depend on another's or on thread scheduling. Replicates of a sweep
 * get derived seeds, never reused ones.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The root generator of a run. */
    public static SplittableRandom root(long seed) {
        return new SplittableRandom(seed);
    }

    /** The seed of replicate {@code index} (0-based) of a run whose root seed is {@code rootSeed}. */
    public static long replicate(long rootSeed, int index) {
        return mix(rootSeed + 0x9E3779B97F4A7C15L * (index + 1L));
    }

    /** A new seed for a run the user did not seed (recorded in the run's scenario so it can be repeated). */
    public static long fresh() {
        return new SecureRandom().nextLong() >>> 16; // short enough to read and type
    }

    /** SplitMix64's finaliser: a bijection that scatters nearby inputs. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
