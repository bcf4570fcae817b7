package org.feedbackstudio.donor;

import java.util.List;
import java.util.Objects;

/**
 * One agent in the population view, frozen at the moment of the snapshot.
 *
 * @param seat           its seat this generation (seats below agents/2 form half A)
 * @param name           "born_number"
 * @param born           the generation it joined
 * @param strategy       its strategy (a {@link RuleStrategy} for built-in agents); {@code strategy.sentence()}
 *                       is the text to show, {@code strategy.generosity()} the colour (NaN for written ones)
 * @param resources      its resources now
 * @param meanDonation   mean share it gave as a donor this generation (punishments count as 0), NaN if none yet
 * @param donations      encounters it has had as a donor this generation
 * @param gameOneFinal   its resources at the end of game 1, NaN until then
 * @param score          its generation score, the mean of its two games' final resources, NaN until the end
 * @param selectionScore the score selection uses (the notebook: twice game 2's result), NaN until the end
 * @param rank           its place in the selection order (1 = best), 0 until the generation ends
 * @param survives       whether it is among the survivors (meaningful once rank &gt; 0)
 * @param parent         name of the survivor whose strategy it copied, or null
 * @param lineage        its ancestors, parent first (at most {@value DonorGameSimulation#LINEAGE_SHOWN})
 * @param lineageLength  the full number of its ancestors
 * @param lastTrace      the trace it was shown the last time it donated this generation, or null
 */
public record AgentTile(int seat, String name, int born, Strategy strategy, double resources, double meanDonation,
                        int donations, double gameOneFinal, double score, double selectionScore, int rank,
                        boolean survives, String parent, List<String> lineage, int lineageLength,
                        SeenTrace lastTrace) {
    public AgentTile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
        lineage = List.copyOf(lineage);
    }

    /** The last trace it saw as text lines, as it read them; empty when it has not donated yet. */
    public List<String> lastTraceLines() {
        return lastTrace == null ? List.of() : lastTrace.lines();
    }
}
