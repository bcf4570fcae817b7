package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioReaderTest {
    private final Catalog catalog = new Catalog(List.of(new WalkFixture()));
    private final ScenarioReader reader = new ScenarioReader(catalog);

    private ScenarioException refused(String json) {
        return assertThrows(ScenarioException.class, () -> reader.read(json, "s.json"));
    }

    @Test
    void aScenarioMayNameOnlyTheSimulator() throws ScenarioException {
        Scenario a = reader.read("{\"simulator\": \"walk\"}", "s.json");
        assertEquals(new WalkFixture().parameters().defaults(), a.parameters());
        Scenario b = reader.read("{\"simulator\": \"walk\"}", "s.json");
        assertNotEquals(a.seed(), b.seed(), "a missing seed is drawn fresh (and recorded)");
    }

    @Test
    void roundTripsThroughTheWriter() throws ScenarioException {
        Scenario s = reader.read("{\"name\": \"n\", \"description\": \"d\", \"simulator\": \"walk\", \"seed\": -4,"
                + " \"parameters\": {\"upProbability\": 0.25, \"start\": \"ten\"}, \"stop\": {\"afterTicks\": 9}}", "s");
        assertEquals(s, reader.read(ScenarioWriter.toJson(s), "again"));
        assertEquals(9, s.stopAfter());
        assertEquals(-4, s.seed());
    }

    @Test
    void refusesWithPlaceFieldAndWhatIsAllowed() {
        assertEquals("s.json:1:31: seed: expected a whole number (a 64-bit integer), got 1.5",
                refused("{\"simulator\": \"walk\", \"seed\": 1.5}").getMessage());
        assertEquals("s.json: simulator: missing; name one of: walk", refused("{}").getMessage());
        assertEquals("s.json:1:1: a scenario is a JSON object such as {\"simulator\": \"switching-costs\"}",
                refused("[1]").getMessage());
        assertTrue(refused("{\"simulator\": \"walk\", \"simulator\": \"walk\"}").getMessage()
                .contains("Duplicate field 'simulator'"));
        assertTrue(refused("").getMessage().contains("empty"));
        assertEquals("s.json:1:47: parameters.start: expected one of zero, ten, got an object",
                refused("{\"simulator\": \"walk\", \"parameters\": {\"start\": {}}}").getMessage());
        assertEquals("s.json:1:41: stop.after: unknown field; allowed: afterTicks",
                refused("{\"simulator\": \"walk\", \"stop\": {\"after\": 5}}").getMessage());
        assertTrue(refused("{\"simulator\": \"walk\"} {}").getMessage().contains("after the end"));
        assertTrue(refused("{\"simulator\": \"walk\"} x").getMessage().startsWith("s.json:1:23: malformed JSON"));
    }

    @Test
    void overridesAreParsedAndChecked() throws ScenarioException {
        Scenario s = reader.read("{\"simulator\": \"walk\", \"seed\": 1}", "s");
        Scenario o = reader.override(s, List.of("steps=20", "start=ten"));
        assertEquals(20, o.parameters().getInt("steps"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> reader.override(s, List.of("steps=5", "failAt=6")));
        assertEquals("--set: parameters.failAt: must not exceed steps (5)", e.getMessage());
    }
}
