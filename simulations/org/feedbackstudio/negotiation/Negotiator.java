package org.feedbackstudio.negotiation;

/**
 * The policy of one side in one game. Built-in negotiators ({@link TacticNegotiator}) compute offers;
 * a model-driven negotiator would read {@link Dialogue#text} and answer with {@link Move.Say}. The game
 * treats both the same way.
 */
public interface Negotiator {

    Side side();

    /** Called before every game. A fixed rival forgets the previous game here. */
    void startGame(GameRules rules);

    /**
     * The move on this side's turn. The dialogue ends with the opponent's last utterance;
     * {@link Dialogue#nextOwnTurn()} is this side's own turn index (0 for its first free move).
     */
    Move respond(Dialogue dialogue);
}
