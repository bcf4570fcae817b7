package org.feedbackstudio.creators;

import java.util.List;

/**
 * An immutable snapshot of a platform for the studio's views.
 *
 * @param tick              rounds played
 * @param rounds            rounds in the run
 * @param genres            genre names, by genre id
 * @param recommender       the base ranker's id
 * @param reranker          the re-ranker's id
 * @param creatorPolicy     the built-in creators' policy id
 * @param newItemsByRound   per round played (index 0 = round 1), new items per genre
 * @param exposuresByRound  per round played, exposures per genre
 * @param creators          every creator, by id
 */
public record CreatorPlatformDetail(long tick, int rounds, List<String> genres, String recommender, String reranker,
                                    String creatorPolicy, List<long[]> newItemsByRound, List<long[]> exposuresByRound,
                                    List<CreatorState> creators) {
    public CreatorPlatformDetail {
        genres = List.copyOf(genres);
        newItemsByRound = List.copyOf(newItemsByRound);
        exposuresByRound = List.copyOf(exposuresByRound);
        creators = List.copyOf(creators);
    }

    /**
     * One creator at the moment of the snapshot.
     *
     * @param id              creator id
     * @param name            its name
     * @param modelDriven     whether a language model decides for it
     * @param frequency       its chance of uploading in a round
     * @param departedRound   the round it left, -1 while it stays
     * @param departureReason why it left, empty while it stays
     * @param clicks          clicks on all its items
     * @param exposures       exposures of all its items
     * @param items           its items, oldest first
     * @param decisions       its decisions with the beliefs behind them, oldest first
     */
    public record CreatorState(int id, String name, boolean modelDriven, double frequency, int departedRound,
                               String departureReason, long clicks, long exposures, List<ItemState> items,
                               List<DecisionPoint> decisions) {
        public CreatorState {
            items = List.copyOf(items);
            decisions = List.copyOf(decisions);
        }

        public boolean active() {
            return departedRound < 0;
        }
    }

    /**
     * One item.
     *
     * @param id        item id
     * @param name      its name
     * @param genre     its genre id
     * @param round     the round it was uploaded (0 for the back catalogue at the start)
     * @param quality   0 to 1
     * @param clicks    clicks so far
     * @param exposures exposures so far
     */
    public record ItemState(int id, String name, int genre, int round, double quality, long clicks, long exposures) {
    }
}
