package org.feedbackstudio.app.gui.parameters;

import org.feedbackstudio.core.Parameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A number field's text is the value itself: grouped for reading, and read back to exactly the value. */
class ParameterEditorsTest {
    private final Parameter<Long> horizon = Parameter.integer("horizon", 100_000, 10, 1_000_000_000L);
    private final Parameter<Double> rate = Parameter.real("rate", 0.5, 0.00001, 1, 0.00001);

    @Test
    void wholeNumbersShowThousandsSeparatorsAndReadBackExactly() {
        assertEquals("1,000,000,000", ParameterEditors.display(horizon, 1_000_000_000L));
        assertEquals("10", ParameterEditors.display(horizon, 10L));
        for (long v : new long[] {10, 999, 1_000, 123_456_789, 1_000_000_000}) {
            assertEquals(v, ParameterEditors.parse(horizon, ParameterEditors.display(horizon, v)));
        }
        assertEquals(1_000_000_000L, ParameterEditors.parse(horizon, "1000000000"));
        assertEquals(1_000_000_000L, ParameterEditors.parse(horizon, " 1 000 000 000 "));
    }

    @Test
    void realNumbersReadBackExactly() {
        assertEquals(0.00001, ParameterEditors.parse(rate, ParameterEditors.display(rate, 0.00001)));
        assertEquals(0.25, ParameterEditors.parse(rate, "0.25"));
    }

    @Test
    void textThatIsNotANumberIsRefusedWithWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParameterEditors.parse(horizon, "lots"));
        assertEquals("\"lots\" is not a whole number from 10 to 1000000000", e.getMessage());
    }
}
