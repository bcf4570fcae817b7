package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.ScenarioException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures the Info page quotes are the figures the presets produce. */
class InfoPageTest {
    private static final Pattern PRESET_LINE = Pattern.compile(
            "^- Built-in \\w+, preset \"([^\"]+)\": mean price ([0-9., ]+); deal rate ([0-9., ]+)\\.$", Pattern.MULTILINE);
    private static final Pattern COHORT = Pattern.compile(
            "(Boulware|Conceder) \\(e = [0-9.]+\\) mean price ([0-9., ]+); deal rate ([0-9., ]+)\\.");

    private static String doc() {
        String doc = Presets.readResource(Runs.SIMULATOR.infoResource());
        assertNotNull(doc);
        return doc;
    }

    private static Runs.Result preset(String title) throws ScenarioException {
        for (Preset p : Presets.of(Catalog.standard(), "negotiation")) {
            if (p.title().equals(title)) {
                return Runs.run(p.scenario(), false);
            }
        }
        throw new AssertionError("no preset called " + title);
    }

    private static String series(Runs.Result run, int column) {
        List<String> out = new ArrayList<>();
        for (double[] row : run.rows()) {
            out.add(String.format(Locale.ROOT, "%.2f", row[column]));
        }
        return String.join(", ", out);
    }

    @Test
    void quotedPresetFiguresAreReproduced() throws ScenarioException {
        Matcher m = PRESET_LINE.matcher(doc());
        int lines = 0;
        while (m.find()) {
            Runs.Result run = preset(m.group(1));
            assertEquals(m.group(2), series(run, 0), "mean price quoted for " + m.group(1));
            assertEquals(m.group(3), series(run, 1), "deal rate quoted for " + m.group(1));
            lines++;
        }
        assertEquals(2, lines, "a seller line and a buyer line");
    }

    @Test
    void quotedClassroomFiguresAreReproduced() throws ScenarioException {
        Runs.Result run = preset("Classroom: Boulware vs Conceder seller");
        Matcher m = COHORT.matcher(doc());
        assertTrue(m.find());
        assertEquals("Boulware", m.group(1));
        assertEquals(m.group(2), series(run, 8));
        assertEquals(m.group(3), series(run, 9));
        assertTrue(m.find());
        assertEquals("Conceder", m.group(1));
        assertEquals(m.group(2), series(run, 10));
        assertEquals(m.group(3), series(run, 11));
    }

    /** The buyer preset's text and the Info page say how far its price falls, against the paper's buyer. */
    @Test
    void theBuyerPresetSaysHowItDiffersFromThePaper() throws ScenarioException {
        Runs.Result buyer = preset("Paper: buyer improves");
        double drop = buyer.metric(1, 0) - buyer.metric(5, 0);
        String page = String.format(Locale.ROOT, "($%.2f down over five rounds against GPT-4's $1.86)", drop);
        assertTrue(doc().contains(page), page);
        String description = Presets.of(Catalog.standard(), "negotiation").stream()
                .filter(p -> p.title().equals("Paper: buyer improves")).findFirst().orElseThrow().scenario().description();
        Matcher further = Pattern.compile("about \\$([0-9.]+) further down than the paper's").matcher(description);
        assertTrue(further.find(), description);
        assertEquals(drop - 1.86, Double.parseDouble(further.group(1)), 0.05, description);
    }

    @Test
    void quotedSurplusAndBaselineAreReproduced() throws ScenarioException {
        String doc = doc();
        Runs.Result seller = preset("Paper: seller improves (5 rounds)");
        String surplus = String.format(Locale.ROOT, "rises from $%.2f to $%.2f after one round of feedback and then falls"
                + " to $%.2f", seller.metric(1, 4), seller.metric(2, 4), seller.metric(5, 4));
        assertTrue(doc.contains(surplus), surplus);
        Runs.Result baseline = preset("Baseline: no critic");
        for (int r = 1; r <= 5; r++) {
            assertEquals(15.15, baseline.metric(r, 0), 0.05, "the baseline price stays near $15.15");
        }
        String slip = String.format(Locale.ROOT, "slips from %.2f to %.2f", baseline.metric(1, 1), baseline.metric(5, 1));
        assertTrue(doc.contains(slip), slip);
    }
}
