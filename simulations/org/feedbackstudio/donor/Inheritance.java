package org.feedbackstudio.donor;

import java.util.Objects;

/**
 * A newcomer's strategy and where it came from.
 *
 * @param strategy the newcomer's strategy
 * @param parent   index into the survivors list of the survivor whose strategy it copied, or -1
 */
public record Inheritance(Strategy strategy, int parent) {
    public Inheritance {
        Objects.requireNonNull(strategy, "strategy");
        if (parent < -1) {
            throw new IllegalArgumentException("parent is an index or -1, got " + parent);
        }
    }
}
