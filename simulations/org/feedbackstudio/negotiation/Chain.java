package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.ChatMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One improvement chain: an improving player with its in-context history (its games and the critic's
 * feedback), facing one rival type, game after game until its first failed deal. Everything random in
 * a chain comes from its own stream, seeded once, so any chain can be replayed on its own.
 */
final class Chain implements ImproverHistory {
    private final int index;
    private final long seed;
    private final SplittableRandom random;
    private final Side side;
    private final GameRules rules;
    private final Tactic rivalType;
    private final int cohort;
    private final GameResult[] results;
    private final Feedback[] feedback;
    private final List<List<String>> transcripts = new ArrayList<>();
    private final boolean builtInPlayer;
    private Tactic tactic;
    private int games;
    private List<ChatMessage> chat = List.of();

    Chain(int index, long seed, Side side, GameRules rules, Tactic startTactic, int cohort,
          RivalDistribution rivals, int maxGames) {
        this(index, seed, side, rules, startTactic, cohort, rivals, maxGames, true);
    }

    /** @param builtInPlayer false when a model plays the improving side: it shows no tactic */
    Chain(int index, long seed, Side side, GameRules rules, Tactic startTactic, int cohort,
          RivalDistribution rivals, int maxGames, boolean builtInPlayer) {
        this.builtInPlayer = builtInPlayer;
        this.index = index;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.side = side;
        this.rules = rules;
        this.tactic = startTactic;
        this.cohort = cohort;
        this.rivalType = rivals.draw(side.other(), rules, random);
        this.results = new GameResult[maxGames];
        this.feedback = new Feedback[maxGames];
    }

    int index() {
        return index;
    }

    long seed() {
        return seed;
    }

    SplittableRandom random() {
        return random;
    }

    Tactic rivalType() {
        return rivalType;
    }

    /** 0, or 1 for the second cohort when two starting exponents are compared. */
    int cohort() {
        return cohort;
    }

    /** Alive until a game fails to end in a valid deal. */
    boolean alive() {
        return games == 0 || results[games - 1].isDeal();
    }

    /**
     * Takes the critic's feedback into context before the next game, with the tactic the player adopts (null:
     * a model player, whose feedback goes into its chat instead).
     */
    void take(Feedback fb, Tactic adopted) {
        feedback[games] = fb;
        if (adopted != null) {
            tactic = adopted;
        }
    }

    void record(GameResult result) {
        results[games++] = result;
    }

    @Override
    public Side side() {
        return side;
    }

    @Override
    public GameRules rules() {
        return rules;
    }

    @Override
    public int games() {
        return games;
    }

    @Override
    public GameResult game(int g) {
        if (g < 0 || g >= games) {
            throw new IndexOutOfBoundsException("game " + g + " of " + games);
        }
        return results[g];
    }

    @Override
    public Feedback feedbackBefore(int g) {
        return g >= 0 && g < feedback.length ? feedback[g] : null;
    }

    @Override
    public Tactic tactic() {
        return builtInPlayer ? tactic : null;
    }

    /** The model player's chat so far: every game it played and the feedback after each (empty before game 1). */
    List<ChatMessage> chat() {
        return chat;
    }

    void chat(List<ChatMessage> whole) {
        chat = List.copyOf(whole);
    }

    /** Keeps the lines of the game just recorded, for a model critic. */
    void keepTranscript(List<String> lines) {
        transcripts.add(List.copyOf(lines));
    }

    @Override
    public List<String> transcript(int g) {
        return g >= 0 && g < transcripts.size() ? transcripts.get(g) : List.of();
    }
}
