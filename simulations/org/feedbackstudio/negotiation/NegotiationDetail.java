package org.feedbackstudio.negotiation;

import java.util.List;
import java.util.Optional;

/**
 * The immutable snapshot the negotiation view reads: every finished round's figures with a few full
 * games each, and a replayer for any other game.
 *
 * @param improvingSide   the side that gets feedback
 * @param rules           the game
 * @param rounds          rounds the run will play
 * @param gamesPerRound   improvement chains
 * @param roundsCompleted rounds finished when the snapshot was taken
 * @param rivals          where the rivals come from
 * @param critic          the critic in words
 * @param roundSummaries  one entry per finished round, in order
 * @param replayer        replays any game of the run
 * @param pairings        in a cross-play, the pairings played so far, one per round (tick); else empty
 * @param crossPlay       in a cross-play, the models' names in the table's order; else empty
 */
public record NegotiationDetail(Side improvingSide, GameRules rules, int rounds, int gamesPerRound,
                                int roundsCompleted, RivalDistribution rivals, String critic,
                                List<RoundSummary> roundSummaries, GameReplayer replayer, List<Pairing> pairings,
                                List<String> crossPlay) {

    public NegotiationDetail {
        roundSummaries = List.copyOf(roundSummaries);
        pairings = List.copyOf(pairings);
        crossPlay = List.copyOf(crossPlay);
    }

    /** A run of the improvement loop. */
    public NegotiationDetail(Side improvingSide, GameRules rules, int rounds, int gamesPerRound, int roundsCompleted,
                             RivalDistribution rivals, String critic, List<RoundSummary> roundSummaries,
                             GameReplayer replayer) {
        this(improvingSide, rules, rounds, gamesPerRound, roundsCompleted, rivals, critic, roundSummaries, replayer,
                List.of(), List.of());
    }

    public boolean isCrossPlay() {
        return !crossPlay.isEmpty();
    }

    /** The pairing of a seller and a buyer, by name, once played. */
    public java.util.Optional<Pairing> pairing(String seller, String buyer) {
        return pairings.stream().filter(p -> p.seller().equals(seller) && p.buyer().equals(buyer)).findFirst();
    }

    /**
     * The game chain {@code chain} played in round {@code round}, from the samples when it is one, else
     * replayed; empty when the round has not been played yet or the chain had already stopped.
     */
    public Optional<GameRecord> game(int round, int chain) {
        if (round < 1 || round > roundsCompleted) {
            return Optional.empty();
        }
        for (GameRecord g : roundSummaries.get(round - 1).samples()) {
            if (g.chain() == chain) {
                return Optional.of(g);
            }
        }
        return replayer.game(round, chain);
    }
}
