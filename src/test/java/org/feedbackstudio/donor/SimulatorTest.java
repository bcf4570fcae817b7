package org.feedbackstudio.donor;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.core.Simulation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorTest {
    private final ScenarioReader reader = new ScenarioReader(Catalog.standard());

    private ScenarioException refused(String parameters) {
        String json = "{\"simulator\": \"donor-game\", \"seed\": 1, \"parameters\": {" + parameters + "}}";
        return assertThrows(ScenarioException.class, () -> reader.read(json, "s.json"));
    }

    @Test
    void crossFieldRulesNameTheFieldAndWhatIsAllowed() {
        ScenarioException odd = refused("\"agents\": 11");
        assertEquals("parameters.agents", odd.field());
        assertTrue(odd.problem().contains("must be even"), odd.problem());

        ScenarioException tooLong = refused("\"agents\": 8, \"rounds\": 10");
        assertEquals("parameters.rounds", tooLong.field());
        assertTrue(tooLong.problem().contains("at most 8 rounds"), tooLong.problem());

        ScenarioException oddNotebook = refused("\"schedule\": \"notebook\", \"rounds\": 11");
        assertEquals("parameters.rounds", oddNotebook.field());
        assertTrue(oddNotebook.problem().contains("even number of rounds"), oddNotebook.problem());

        ScenarioException none = refused("\"survivorFraction\": 0.02");
        assertEquals("parameters.survivorFraction", none.field());
        assertTrue(none.problem().contains("use at least 0.05"), none.problem());

        ScenarioException mixed = refused("\"agentMode\": \"fixed\"");
        assertEquals("parameters.norm", mixed.field());
        assertTrue(mixed.getMessage().startsWith("s.json:"), mixed.getMessage());
    }

    @Test
    void theParametersTheIssueNamesExistWithTheirDefaults() {
        Map<String, Object> defaults = Games.SIMULATOR.parameters().defaults().asMap();
        assertEquals(12L, defaults.get("agents"));
        assertEquals(10L, defaults.get("generations"));
        assertEquals(12L, defaults.get("rounds"));
        assertEquals(10.0, defaults.get("initialResources"));
        assertEquals(2.0, defaults.get("multiplier"));
        assertEquals(3L, defaults.get("traceDepth"));
        assertEquals(1.0, defaults.get("observationProbability"));
        assertEquals(0.5, defaults.get("survivorFraction"));
        assertEquals(false, defaults.get("punishment"));
        assertEquals(2.0, defaults.get("punishmentMultiplier"));
        assertEquals("paper", defaults.get("schedule"));
        assertEquals(10_000.0, Games.SIMULATOR.parameters().find("agents").orElseThrow().max());
        assertEquals(10_000.0, Games.SIMULATOR.parameters().find("generations").orElseThrow().max());
        List<String> live = Games.SIMULATOR.parameters().all().stream().filter(Parameter::live)
                .map(Parameter::name).collect(Collectors.toList());
        assertEquals(List.of("observationProbability", "mutation"), live, "exactly those applyLive takes");
        assertEquals("donations", Games.SIMULATOR.workUnit());
        assertEquals("round", Games.SIMULATOR.tickName());
    }

    @Test
    void aTickIsARoundAndAGenerationTwoGames() {
        Simulation sim = Games.start(1, EventSink.NONE, "generations=3", "rounds=8");
        assertEquals(3 * 2 * 8, sim.totalTicks());
        int milestones = 0;
        while (!sim.isDone()) {
            sim.step();
            if (sim.atMilestone()) {
                milestones++;
                assertEquals(0, sim.tick() % 16);
            }
        }
        assertEquals(3, milestones);
    }

    @Test
    void chartsPlotGenerationsAgainstTheGenerationMetric() {
        List<ChartSpec> plain = Games.SIMULATOR.charts(Games.SIMULATOR.parameters().defaults());
        ChartSpec score = plain.get(0);
        assertEquals(List.of("generationScore"), score.metrics());
        assertEquals("generation", score.xMetric());
        assertTrue(score.logYOffered());
        assertFalse(plain.stream().anyMatch(c -> c.metrics().contains("punishmentShare")));
        List<ChartSpec> punishing = Games.SIMULATOR.charts(Games.scenario(1, "punishment=true").parameters());
        assertTrue(punishing.stream().anyMatch(c -> c.metrics().contains("punishmentShare")));
    }

    @Test
    void presetsDoWhatTheySay() throws ScenarioException {
        List<Preset> presets = Presets.of(Catalog.standard(), "donor-game");
        Map<String, Scenario> byName = presets.stream().collect(Collectors.toMap(Preset::title, Preset::scenario));
        for (String name : List.of("Paper: 12 agents, 10 generations", "Paper: costly punishment",
                "Authors' notebook schedule", "Classroom: reputations seen", "Classroom: reputations hidden",
                "Check: everyone gives everything")) {
            assertTrue(byName.containsKey(name), name);
        }
        assertTrue(byName.get("Paper: costly punishment").parameters().getBoolean("punishment"));
        assertEquals("notebook", byName.get("Authors' notebook schedule").parameters().getString("schedule"));

        Simulation check = Games.SIMULATOR.start(byName.get("Check: everyone gives everything"), EventSink.NONE);
        Games.runToEnd(check);
        assertEquals(30_720.0, Games.value(check, "generationScore"), 0.0);

        double seen = lateDonation(byName.get("Classroom: reputations seen"));
        double hidden = lateDonation(byName.get("Classroom: reputations hidden"));
        assertTrue(seen > 0.5, "with reputations seen cooperation survives: " + seen);
        // Its text says cooperation comes in waves: it falls away for some generations and returns.
        List<Double> waves = generationDonations(byName.get("Classroom: reputations seen"));
        int low = -1;
        for (int g = 0; g < waves.size() && low < 0; g++) {
            low = waves.get(g) < 0.3 ? g : -1;
        }
        assertTrue(low >= 0 && waves.subList(low, waves.size()).stream().anyMatch(d -> d > 0.6),
                "a fall and a return: " + waves);
        assertTrue(hidden < 0.05, "with reputations mostly hidden it collapses: " + hidden);
    }

    /**
     * The paper presets with built-in agents do not build up cooperation: what a society gains in a good
     * generation is lost again by the end (as with the paper's Gemini and GPT-4o societies, unlike Claude's), so
     * their text must never promise that cooperation grows.
     */
    @Test
    void paperPresetsWithBuiltInAgentsStayFlatOrSlipAndSaySo() throws ScenarioException {
        Map<String, Preset> byName = Presets.of(Catalog.standard(), "donor-game").stream()
                .collect(Collectors.toMap(Preset::title, p -> p));
        java.util.regex.Pattern promise = java.util.regex.Pattern.compile(
                "(cooperation|score|donations?) (grows|rises|climbs|increases)", java.util.regex.Pattern.CASE_INSENSITIVE);
        for (String name : List.of("Paper: 12 agents, 10 generations", "Paper: costly punishment")) {
            Preset preset = byName.get(name);
            List<Double> scores = new java.util.ArrayList<>();
            Simulation sim = Games.SIMULATOR.start(preset.scenario(), EventSink.NONE);
            while (!sim.isDone()) {
                sim.step();
                if (sim.atMilestone()) {
                    scores.add(Games.value(sim, "generationScore"));
                }
            }
            double last = scores.get(scores.size() - 1);
            double peak = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertTrue(last < 0.5 * peak, name + ": the score kept what it gained " + scores);
            assertFalse(promise.matcher(preset.scenario().description()).find(), name + " promises growth: "
                    + preset.scenario().description());
        }
    }

    /** The mean donation share of each generation, in order. */
    private static List<Double> generationDonations(Scenario scenario) throws ScenarioException {
        Simulation sim = Games.SIMULATOR.start(scenario, EventSink.NONE);
        List<Double> out = new java.util.ArrayList<>();
        while (!sim.isDone()) {
            sim.step();
            if (sim.atMilestone()) {
                out.add(Games.value(sim, "generationDonationFraction"));
            }
        }
        return out;
    }

    /** Mean donation share over the last quarter of the generations. */
    private static double lateDonation(Scenario scenario) throws ScenarioException {
        Simulation sim = Games.SIMULATOR.start(scenario, EventSink.NONE);
        int generations = scenario.parameters().getInt("generations");
        double sum = 0;
        int n = 0;
        while (!sim.isDone()) {
            sim.step();
            if (sim.atMilestone() && Games.value(sim, "generation") > 0.75 * generations) {
                sum += Games.value(sim, "generationDonationFraction");
                n++;
            }
        }
        return sum / n;
    }
}
