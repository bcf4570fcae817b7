package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class JitHintsTest {

    @Test
    void hotSpotTakesTheDirectives() {
        // A malformed directive or a renamed JDK method pattern is refused: the reply then does not
        // say that one directive was added.
        assertTrue(JitHints.install(), "HotSpot refused " + JitHints.DIRECTIVES);
        assertTrue(JitHints.install(), "a second call is a no-op that still reports success");
    }
}
