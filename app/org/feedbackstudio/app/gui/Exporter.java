package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.MetricsCsvWriter;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioWriter;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes what the studio shows to files: charts as PNG or SVG, frames as CSV, the scenario as JSON. */
final class Exporter {
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;

    private Exporter() {
    }

    static void png(JFreeChart chart, String title, String subtitle, Path file) throws IOException {
        withTitle(chart, title, subtitle, () -> ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT));
    }

    static void svg(JFreeChart chart, String title, String subtitle, Path file) throws IOException {
        withTitle(chart, title, subtitle, () -> {
            SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
        });
    }

    /** Frames as metrics.csv (the same layout as the command line writes). */
    static void csv(RunInfo info, List<MetricFrame> frames, Path file) throws IOException {
        Path tmp = temporary(file);
        try (MetricsCsvWriter writer = MetricsCsvWriter.create(tmp)) {
            writer.writeHeader(info.metricNames());
            frames.forEach(writer::frame);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Events as JSON Lines (the same layout as the command line's events.jsonl). */
    static void events(List<org.feedbackstudio.core.SimEvent> events, Path file) throws IOException {
        Path tmp = temporary(file);
        try (org.feedbackstudio.core.EventsJsonlWriter writer = org.feedbackstudio.core.EventsJsonlWriter.create(tmp,
                null, 0, 0)) {
            events.forEach(writer::event);
            writer.finished(null);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Where the live changes of an exported run go: beside its CSV, "metrics.csv" → "metrics-changes.jsonl". */
    static Path changesBeside(Path csv) {
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
                : name;
        return csv.resolveSibling(base + "-changes.jsonl");
    }

    static void scenario(Scenario scenario, Path file) throws IOException {
        ScenarioWriter.write(scenario, file);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /**
     * The studio hides chart titles (its bar shows them); an exported file carries its own title, and a
     * subtitle saying which run it shows (scenario, seed, what differs from the defaults).
     */
    private static void withTitle(JFreeChart chart, String title, String subtitle, IoAction action)
            throws IOException {
        chart.setNotify(false);
        chart.setTitle(title);
        org.jfree.chart.title.TextTitle sub = new org.jfree.chart.title.TextTitle(subtitle,
                new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        sub.setPaint(new java.awt.Color(0x444444));
        sub.setMaximumLinesToDisplay(3);
        chart.addSubtitle(0, sub);
        try {
            action.run();
        } finally {
            chart.removeSubtitle(sub);
            chart.setTitle((String) null);
            chart.setNotify(true);
        }
    }

    /** A sibling to write first; created like every other output file, with the default permissions. */
    private static Path temporary(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        return tmp;
    }
}
