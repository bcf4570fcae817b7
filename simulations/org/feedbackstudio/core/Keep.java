package org.feedbackstudio.core;

/**
 * What an experiment keeps of each run, beside the run's row in sweep.csv. The row's metric columns
 * hold the final values, or each metric's mean over a window of ticks; with {@link Series} the whole
 * run is also kept, one frame every few ticks, in the experiment's series/ folder.
 */
public sealed interface Keep {

    /** The experiment file's words for this choice, for messages and for experiment.json. */
    String describe();

    /** Each metric's value at the last tick. */
    record Final() implements Keep {
        @Override
        public String describe() {
            return "final";
        }
    }

    /**
     * Each metric's mean over the ticks {@code fromTick} to {@code toTick} (inclusive; 0 = to the end),
     * sampled after every step; undefined (NaN) values are left out.
     */
    record MeanBetween(long fromTick, long toTick) implements Keep {
        public MeanBetween {
            if (fromTick < 1 || (toTick != 0 && toTick < fromTick)) {
                throw new IllegalArgumentException("need 1 <= fromTick <= toTick (or toTick 0 for the end)");
            }
        }

        @Override
        public String describe() {
            return "mean from tick " + fromTick + (toTick == 0 ? " to the end" : " to " + toTick);
        }

        boolean covers(long tick) {
            return tick >= fromTick && (toTick == 0 || tick <= toTick);
        }
    }

    /** Each metric's mean over the last {@code ticks} ticks of the run. */
    record MeanOfLast(long ticks) implements Keep {
        public MeanOfLast {
            if (ticks < 1) {
                throw new IllegalArgumentException("need at least 1 tick");
            }
        }

        @Override
        public String describe() {
            return "mean of the last " + ticks + " ticks";
        }
    }

    /** Final values in the row, and every {@code every}-th tick (and the last) in series/. */
    record Series(long every) implements Keep {
        public Series {
            if (every < 1) {
                throw new IllegalArgumentException("need every >= 1");
            }
        }

        @Override
        public String describe() {
            return "series every " + every + " ticks";
        }
    }
}
