package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterTest {
    private final Parameter horizon = Parameter.integer("horizon", 1000, 10, 1_000_000_000).onLogScale()
            .withHelp("Rounds.");
    private final Parameter rate = Parameter.real("rate", 0.5, 0.0, 1.0, 0.05);
    private final Parameter feedback = Parameter.choice("feedback", "bandit", "bandit", "full");
    private final Parameter learners = Parameter.choiceList("learners", List.of(), "exp3", "hedge");

    @Test
    void parsesWhatUsersType() {
        assertEquals(1_000_000L, horizon.parse("1e6"));
        assertEquals(1_000_000L, horizon.parse("1_000_000"));
        assertEquals(0.25, rate.parse(" 0.25 "));
        assertEquals(List.of("exp3", "hedge"), learners.parse("exp3, hedge"));
        assertEquals(List.of(), learners.parse(""));
        assertEquals(Boolean.TRUE, Parameter.bool("b", false).parse("yes"));
    }

    @Test
    void refusesWithTheAllowedDomain() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> horizon.parse("5"));
        assertEquals("5 is out of range; allowed: 10 to 1000000000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> horizon.parse("12.5"));
        assertEquals("\"12.5\" is not a whole number from 10 to 1000000000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> feedback.parse("partial"));
        assertEquals("\"partial\" is not allowed; choose one of bandit, full", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> learners.parse("exp3,exp3"));
        assertTrue(e.getMessage().contains("repeats"));
        e = assertThrows(IllegalArgumentException.class, () -> rate.coerce(Double.NaN));
        assertTrue(e.getMessage().contains("not a finite number"));
        e = assertThrows(IllegalArgumentException.class, () -> horizon.coerce("1000"));
        assertEquals("expected a whole number from 10 to 1000000000, got \"1000\"", e.getMessage());
    }

    @Test
    void coercesJsonNumbers() {
        assertEquals(2000L, horizon.coerce(2000.0), "an integral double is a whole number");
        assertThrows(IllegalArgumentException.class, () -> rate.coerce(3L), "3 is out of the rate's range");
        assertEquals(1.0, rate.coerce(1L));
    }

    @Test
    void defaultsMustBeValid() {
        assertThrows(IllegalArgumentException.class, () -> Parameter.integer("n", 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> Parameter.choice("c", "x", "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> Parameter.integer("bad name", 1, 0, 2));
        assertNull(horizon.problemWith(1000L));
    }

    @Test
    void spaceValidatesWholeAssignments() {
        ParameterSpace space = ParameterSpace.of(horizon, rate, feedback, learners);
        ParameterValues d = space.defaults();
        assertEquals(1000L, d.get("horizon"));
        assertEquals(500, d.with("horizon", 500L).getInt("horizon"));
        assertThrows(IllegalArgumentException.class, () -> d.with("horizon", 5L));
        assertThrows(IllegalArgumentException.class, () -> d.with("nope", 5L));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.of(rate, rate));
    }
}
