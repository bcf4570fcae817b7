package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.WalkFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exported data files are created like every other file the studio writes. */
class ExporterFilesTest {
    @TempDir
    Path dir;

    @Test
    void anExportedCsvHasTheSameModeAsAnyOtherOutputAndNoTemporaryIsLeft() throws Exception {
        WalkFixture walk = new WalkFixture();
        Scenario scenario = Scenario.defaults(walk, 1);
        RunInfo info = new RunInfo(walk, scenario, walk.metrics(scenario.parameters()), 2);
        Path csv = dir.resolve("data.csv");
        Exporter.csv(info, List.of(new MetricFrame(1, new double[] {1, 1, 0}, false),
                new MetricFrame(2, new double[] {0, 1, 0}, false)), csv);
        assertEquals(List.of("tick,position,maxPosition,hundreds", "1,1,1,0", "2,0,1,0"), Files.readAllLines(csv));
        Path scenarioFile = dir.resolve("scenario.json");
        Exporter.scenario(scenario, scenarioFile);
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(csv));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(scenarioFile));
        try (var listing = Files.list(dir)) {
            assertEquals(3, listing.count(), "no temporary file is left");
        }
    }
}
