package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.ChatMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * The paper's loop for one chain at a time: before every game but the first the critic reads the
 * improving player's history and its feedback goes into the player's context; then the player meets
 * a freshly reset rival of the chain's type. The simulation and the replay of a single game both go
 * through here, so a replayed game is the game that was played. One instance per thread.
 *
 * <p>Any role may be a language model ({@link ModelRoles}). A model player's context is its chat: its
 * prompt, every game it played and, after each, the critic's feedback with the paper's goal "higher than
 * $P" — the in-context learning of the paper. A model rival starts every game from its prompt alone.
 */
final class ImprovementLoop {
    private final NegotiationConfig config;
    private final ModelRoles models;
    private final Game game;
    private final TacticNegotiator improver;
    private final TacticNegotiator rival;
    private final Critic critic;
    private final BuiltInLearner learner;
    private final Object[] place;
    private Tactic lastRival;
    private Feedback lastFeedback;
    private GameLog lastLog;
    /** Built-in games say nothing to log: one empty log serves them all. */
    private final GameLog builtInLog = new GameLog();

    ImprovementLoop(NegotiationConfig config) {
        this(config, null);
    }

    /** @param models the model-driven roles, or null when every role is built-in */
    ImprovementLoop(NegotiationConfig config, ModelRoles models) {
        this(config, models, new Object[0]);
    }

    /**
     * @param place where in the run the games are, as decision coordinates that come before the round and the
     *              chain (a cross-play's pairing); empty in the improvement loop
     */
    ImprovementLoop(NegotiationConfig config, ModelRoles models, Object[] place) {
        this.config = config;
        this.models = models;
        this.place = place.clone();
        Side side = config.improvingSide();
        this.improver = new TacticNegotiator(side, config.startTactic(0));
        this.rival = new TacticNegotiator(side.other(), config.startTactic(0));
        this.critic = config.criticOn() && !config.roles().criticModel()
                ? new BuiltInCritic(config.criticStep(), config.exponentLocked()) : null;
        this.learner = new BuiltInLearner(config.goalWeight());
        this.game = models == null ? new Game(config.rules(), builtInModerator()) : null;
    }

    NegotiationConfig config() {
        return config;
    }

    private Moderator builtInModerator() {
        return config.textModerator() ? new TextModerator() : new MoveModerator();
    }

    Chain newChain(int index, long seed) {
        int cohort = config.cohortOf(index);
        return new Chain(index, seed, config.improvingSide(), config.rules(), config.startTactic(cohort), cohort,
                config.rivals(), config.rounds(), !config.modelPlayer());
    }

    /** Plays the chain's next game (after feedback on its last one, if any). */
    GameResult playNext(Chain chain) {
        if (!chain.alive()) {
            throw new IllegalStateException("chain " + chain.index() + " stopped at its first failed deal");
        }
        lastFeedback = null;
        lastLog = models == null ? builtInLog : new GameLog();
        int round = chain.games() + 1;
        Object[] where = models == null ? null : where(round, chain.index()); // built-in games ask no one
        Side side = config.improvingSide();
        Game g = game != null ? game : new Game(config.rules(), models.session("moderator") == null
                ? builtInModerator() : new ModelModerator(models, models.session("moderator"), where, lastLog));
        if (chain.games() > 0 && config.criticOn()) {
            Critic c = critic != null ? critic
                    : new ModelCritic(models, models.session("critic"), chain.index(), lastLog);
            try {
                lastFeedback = c.review(chain);
            } catch (NoAnswer e) {
                g.dialogue().reset();
                GameResult none = new GameResult(GameResult.Outcome.NO_ANSWER, -1, 0, null);
                chain.record(none);
                keep(chain, g);
                return none;
            }
            chain.take(lastFeedback, config.modelPlayer() ? null
                    : learner.adopt(chain.tactic(), lastFeedback, config.rules()));
            if (config.modelPlayer()) {
                List<ChatMessage> chat = new ArrayList<>(chain.chat());
                chat.addAll(models.prompts().feedback(side, config.rules(), lastFeedback.numbered(),
                        lastFeedback.previousPriceCents()));
                chain.chat(chat);
            }
        }
        Side rivalSide = side.other();
        lastRival = config.rivals().forGame(chain.rivalType(), rivalSide, config.rules(), chain.random());
        Negotiator player;
        List<ChatMessage> before = null;
        if (config.modelPlayer()) {
            before = chain.games() == 0 ? models.prompts().opening(side, config.rules()) : chain.chat();
            player = new ModelNegotiator(side, models, models.session(side.id()), before, where, lastLog);
        } else {
            improver.use(chain.tactic());
            player = improver;
        }
        Negotiator opponent;
        if (config.roles().negotiatorModel(rivalSide)) {
            opponent = new ModelNegotiator(rivalSide, models, models.session(rivalSide.id()),
                    models.prompts().opening(rivalSide, config.rules()), where, lastLog);
        } else {
            rival.use(lastRival);
            opponent = rival;
        }
        GameResult result = side == Side.SELLER ? play(g, player, opponent) : play(g, opponent, player);
        chain.record(result);
        if (before != null) {
            chain.chat(ModelNegotiator.chat(before, g.dialogue(), side));
        }
        keep(chain, g);
        return result;
    }

    /** The game's place in the run as decision coordinates: the cross-play pairing, if any, round and chain. */
    private Object[] where(int round, int chain) {
        Object[] where = java.util.Arrays.copyOf(place, place.length + 4);
        where[place.length] = "round";
        where[place.length + 1] = round;
        where[place.length + 2] = "chain";
        where[place.length + 3] = chain;
        return where;
    }

    private static GameResult play(Game g, Negotiator seller, Negotiator buyer) {
        return g.play(seller, buyer);
    }

    private void keep(Chain chain, Game g) {
        if (models != null) {
            chain.keepTranscript(g.dialogue().transcript());
            lastGame = g;
        }
    }

    private Game lastGame;

    /** The dialogue of the game just played. */
    Dialogue dialogue() {
        return game != null ? game.dialogue() : lastGame.dialogue();
    }

    /** The rival of the game just played, with its wobbled walk-away price; null when a model played it. */
    Tactic lastRival() {
        return config.roles().negotiatorModel(config.improvingSide().other()) ? null : lastRival;
    }

    /** The feedback carried into the game just played, or null. */
    Feedback lastFeedback() {
        return lastFeedback;
    }

    /** What the model roles said in the game just played (empty when every role is built-in). */
    GameLog lastLog() {
        return lastLog;
    }
}
