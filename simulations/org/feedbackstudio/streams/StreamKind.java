package org.feedbackstudio.streams;

import org.feedbackstudio.core.Choice;

import java.util.Locale;

/** The three task sequences of the simulator. */
public enum StreamKind implements Choice {
    /** Domain-incremental: each task applies its own fixed pixel permutation (task 1 shows the originals). */
    PERMUTED,
    /** Class-incremental: the ten classes arrive in pairs, 0–1, 2–3, …, 8–9. */
    SPLIT,
    /** Domain-incremental: task k rotates every image by (k−1) × the chosen angle. */
    ROTATED;

    /** The word used in scenarios. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Classes per task in the split stream, and the most tasks it has. */
    public static final int SPLIT_CLASSES_PER_TASK = 2;
    public static final int SPLIT_MAX_TASKS = 5;
}
