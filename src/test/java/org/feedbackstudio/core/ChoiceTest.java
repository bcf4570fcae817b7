package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one id lookup every closed set of choices uses. */
class ChoiceTest {
    enum Colour implements Choice {
        LIGHT_BLUE("light-blue"), RED("red");

        private final String id;

        Colour(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    @Test
    void findsAConstantByItsIdIgnoringCase() {
        assertEquals(Colour.LIGHT_BLUE, Choice.byId(Colour.class, "light-blue"));
        assertEquals(Colour.RED, Choice.byId(Colour.class, " Red "));
        assertEquals(List.of("light-blue", "red"), Choice.ids(Colour.class));
    }

    @Test
    void anUnknownIdIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Choice.byId(Colour.class, "green"));
        assertEquals("no colour called \"green\"; known: light-blue, red", e.getMessage());
    }
}
