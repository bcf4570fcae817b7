package org.feedbackstudio.donor;

import java.util.List;
import java.util.Objects;

/**
 * Everything the Donor Game's own studio view needs, frozen between two steps.
 *
 * @param tick             rounds played so far
 * @param generation       the generation in play (or just finished), 1-based
 * @param game             the game of the last round played (1 or 2), 0 before the first round
 * @param round            the last round played within its game (1-based), 0 before the first round
 * @param rounds           rounds per game
 * @param generations      generations in the run
 * @param generationEnded  true when the last round ended the generation: scores, ranks and survivors are final
 * @param schedule         "paper" or "notebook"
 * @param policy           who decides: "built-in agents" or a model-driven policy's name
 * @param survivorsPerGeneration how many agents survive selection
 * @param histogramBins    bins of every donation histogram
 * @param agents           one tile per seat, seat order
 * @param history          one summary per finished generation, oldest first
 * @param currentHistogram donated shares so far in the generation in play, same bins
 * @param fallbacks        decisions that fell back to a donation of 0 in the whole run
 */
public record DonorSnapshot(long tick, int generation, int game, int round, int rounds, int generations,
                            boolean generationEnded, String schedule, String policy, int survivorsPerGeneration,
                            int histogramBins, List<AgentTile> agents, List<GenerationSummary> history,
                            List<Integer> currentHistogram, long fallbacks) {
    public DonorSnapshot {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(policy, "policy");
        agents = List.copyOf(agents);
        history = List.copyOf(history);
        currentHistogram = List.copyOf(currentHistogram);
    }
}
