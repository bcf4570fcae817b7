package org.feedbackstudio.urn;

import java.util.List;

/**
 * What the urn holds after some draws: the urn's inspection detail.
 *
 * @param draws draws so far
 * @param balls balls of each colour
 */
public record UrnContents(long draws, List<Long> balls) {
    public UrnContents {
        balls = List.copyOf(balls);
    }

    public long total() {
        return balls.stream().mapToLong(Long::longValue).sum();
    }
}
