package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a chart says is read by people who have not read the papers: an axis names what it measures in a word,
 * not a bare unit ("units", "$", "e"), and a legend entry that uses a paper's abbreviation (min-ACC, WF^10,
 * LCA^10) says in plain words what it is beside it. Checked for every simulator, with its defaults and with
 * every preset.
 */
class ChartWordsTest {
    private static final Set<String> BARE = Set.of("units", "value", "values", "number", "amount");
    /** A token of capitals (with digits or ^): ACC, WC-ACC, WF^10, LCA^10, EXP3. */
    private static final Pattern ABBREVIATION = Pattern.compile("\\b[A-Z]{2,}[A-Z0-9^-]*");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z][a-z]{2,}\\b");
    /** Names of methods, read as names (like "Adam"), not as abbreviations to explain. */
    private static final Set<String> NAMES = Set.of("EXP3", "MF", "BPR", "MLP", "SGD", "EWC");

    @Test
    void axesSayWhatTheyMeasureAndAbbreviationsComeWithWords() throws Exception {
        Catalog catalog = Catalog.standard();
        List<String> problems = new ArrayList<>();
        for (Simulator simulator : catalog.all()) {
            List<ParameterValues> setups = new ArrayList<>();
            setups.add(simulator.parameters().defaults());
            Presets.of(catalog, simulator.id()).forEach(p -> setups.add(p.scenario().parameters()));
            for (ParameterValues values : setups) {
                for (ChartSpec chart : simulator.charts(values)) {
                    String where = simulator.id() + " chart \"" + chart.title() + "\"";
                    for (String axis : new String[] {chart.xLabel(), chart.yLabel(), chart.secondaryYLabel()}) {
                        if (axis != null && !namesSomething(axis)) {
                            problems.add(where + ": the axis \"" + axis + "\" names no quantity");
                        }
                    }
                }
                for (MetricSpec metric : simulator.metrics(values)) {
                    Matcher abbreviation = ABBREVIATION.matcher(metric.label());
                    boolean found = false;
                    while (!found && abbreviation.find()) {
                        found = !NAMES.contains(abbreviation.group());
                    }
                    if (found && plainWords(metric.label()) < 3) {
                        problems.add(simulator.id() + " metric " + metric.name() + ": \"" + metric.label()
                                + "\" uses " + abbreviation.group() + " without saying what it is");
                    }
                }
            }
        }
        List<String> distinct = problems.stream().distinct().toList();
        assertTrue(distinct.isEmpty(), String.join("\n", distinct));
    }

    private static boolean namesSomething(String axis) {
        String words = axis.replaceAll("\\(.*?\\)", " ").strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = Pattern.compile("[a-z]{4,}").matcher(words);
        while (m.find()) {
            if (!BARE.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static int plainWords(String label) {
        Matcher m = WORD.matcher(label);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
