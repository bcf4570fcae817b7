package org.feedbackstudio.negotiation;

/**
 * The paper's loop for one chain at a time: before every game but the first the critic reads the
 * improving player's history and its feedback goes into the player's context; then the player meets
 * a freshly reset rival of the chain's type. The simulation and the replay of a single game both go
 * through here, so a replayed game is the game that was played. One instance per thread.
 */
final class ImprovementLoop {
    private final NegotiationConfig config;
    private final Game game;
    private final TacticNegotiator improver;
    private final TacticNegotiator rival;
    private final Critic critic;
    private final BuiltInLearner learner;
    private Tactic lastRival;
    private Feedback lastFeedback;

    ImprovementLoop(NegotiationConfig config) {
        this.config = config;
        Moderator moderator = config.textModerator() ? new TextModerator() : new MoveModerator();
        this.game = new Game(config.rules(), moderator);
        Side side = config.improvingSide();
        this.improver = new TacticNegotiator(side, config.startTactic(0));
        this.rival = new TacticNegotiator(side.other(), config.startTactic(0));
        this.critic = config.criticOn() ? new BuiltInCritic(config.criticStep(), config.exponentLocked()) : null;
        this.learner = new BuiltInLearner(config.goalWeight());
    }

    NegotiationConfig config() {
        return config;
    }

    Chain newChain(int index, long seed) {
        int cohort = config.cohortOf(index);
        return new Chain(index, seed, config.improvingSide(), config.rules(), config.startTactic(cohort), cohort,
                config.rivals(), config.rounds());
    }

    /** Plays the chain's next game (after feedback on its last one, if any). */
    GameResult playNext(Chain chain) {
        if (!chain.alive()) {
            throw new IllegalStateException("chain " + chain.index() + " stopped at its first failed deal");
        }
        lastFeedback = null;
        if (chain.games() > 0 && critic != null) {
            lastFeedback = critic.review(chain);
            chain.take(lastFeedback, learner.adopt(chain.tactic(), lastFeedback, config.rules()));
        }
        Side rivalSide = config.improvingSide().other();
        lastRival = config.rivals().forGame(chain.rivalType(), rivalSide, config.rules(), chain.random());
        improver.use(chain.tactic());
        rival.use(lastRival);
        GameResult result = config.improvingSide() == Side.SELLER
                ? game.play(improver, rival)
                : game.play(rival, improver);
        chain.record(result);
        return result;
    }

    /** The dialogue of the game just played. */
    Dialogue dialogue() {
        return game.dialogue();
    }

    /** The rival of the game just played, with its wobbled walk-away price. */
    Tactic lastRival() {
        return lastRival;
    }

    /** The feedback carried into the game just played, or null. */
    Feedback lastFeedback() {
        return lastFeedback;
    }
}
