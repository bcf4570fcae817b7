package org.feedbackstudio.donor;

import java.util.Objects;

/**
 * An agent that survived selection, as newcomers' writers see it.
 *
 * @param member the agent
 * @param score  its selection score in the generation just ended
 */
public record Survivor(Member member, double score) {
    public Survivor {
        Objects.requireNonNull(member, "member");
    }
}
