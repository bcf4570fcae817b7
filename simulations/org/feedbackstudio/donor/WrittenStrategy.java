package org.feedbackstudio.donor;

import java.util.Objects;

/**
 * A strategy written as free text, e.g. by a language model answering the strategy prompt. The text is
 * kept exactly as written; the game never interprets it, the policy that wrote it does.
 *
 * @param text the strategy, normally starting "My strategy will be"
 */
public record WrittenStrategy(String text) implements Strategy {
    public WrittenStrategy {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String sentence() {
        return text;
    }

    @Override
    public double generosity() {
        return Double.NaN;
    }
}
