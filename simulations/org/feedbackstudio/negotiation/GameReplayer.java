package org.feedbackstudio.negotiation;

import java.util.Optional;

/**
 * Replays any game of a run on demand, so that the studio can show the dialogue of any point without the
 * run keeping every transcript. A chain depends only on its own seed and the settings, so replaying
 * its rounds 1…r from the seed gives exactly the game that was played in round r. Immutable; each call
 * works on fresh objects, so it is safe from any thread.
 */
public final class GameReplayer {
    private final NegotiationConfig config;
    private final long[] chainSeeds;

    GameReplayer(NegotiationConfig config, long[] chainSeeds) {
        this.config = config;
        this.chainSeeds = chainSeeds.clone();
    }

    public int chains() {
        return chainSeeds.length;
    }

    /**
     * The game chain {@code chain} (0-based) played in round {@code round} (1-based), or empty when the
     * chain had stopped before that round (or the indices are out of range).
     */
    public Optional<GameRecord> game(int round, int chain) {
        if (config.roles().anyModel()) {
            return Optional.empty(); // a run with models keeps every game it played; nothing is asked again here
        }
        if (chain < 0 || chain >= chainSeeds.length || round < 1 || round > config.rounds()) {
            return Optional.empty();
        }
        ImprovementLoop loop = new ImprovementLoop(config);
        Chain c = loop.newChain(chain, chainSeeds[chain]);
        for (int r = 1; r <= round; r++) {
            if (!c.alive()) {
                return Optional.empty();
            }
            GameResult result = loop.playNext(c);
            if (r == round) {
                return Optional.of(GameRecord.of(r, c, result, loop.dialogue(), loop.lastRival(), loop.lastFeedback()));
            }
        }
        return Optional.empty();
    }
}
