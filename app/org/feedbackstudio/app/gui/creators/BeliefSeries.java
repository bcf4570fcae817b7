package org.feedbackstudio.app.gui.creators;

import org.feedbackstudio.creators.CreatorPlatformDetail;
import org.feedbackstudio.creators.DecisionPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * A creator's audience belief over time, genre by genre: at each of its decisions, the click-through rate it
 * believed each genre it had tried had (unknown genres are left out). Plain Java, tested without a display.
 */
final class BeliefSeries {
    /** One genre's belief at each decision where it was known. */
    record Line(int genre, List<double[]> points) {
    }

    private BeliefSeries() {
    }

    static List<Line> of(CreatorPlatformDetail.CreatorState creator, int genres) {
        List<List<double[]>> byGenre = new ArrayList<>();
        for (int g = 0; g < genres; g++) {
            byGenre.add(new ArrayList<>());
        }
        for (DecisionPoint d : creator.decisions()) {
            double[] audience = d.beliefs().audience();
            for (int g = 0; g < genres; g++) {
                if (!Double.isNaN(audience[g])) {
                    byGenre.get(g).add(new double[] {d.round(), audience[g]});
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int g = 0; g < genres; g++) {
            if (!byGenre.get(g).isEmpty()) {
                lines.add(new Line(g, List.copyOf(byGenre.get(g))));
            }
        }
        return lines;
    }
}
