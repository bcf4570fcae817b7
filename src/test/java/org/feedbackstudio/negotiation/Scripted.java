package org.feedbackstudio.negotiation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A negotiator that says what it is told, in order: for tests of the game and the moderators. */
final class Scripted implements Negotiator {
    private final Side side;
    private final List<Move> script;
    private final Deque<Move> left = new ArrayDeque<>();

    Scripted(Side side, Move... moves) {
        this.side = side;
        this.script = List.of(moves);
    }

    static Scripted seller(Move... moves) {
        return new Scripted(Side.SELLER, moves);
    }

    static Scripted buyer(Move... moves) {
        return new Scripted(Side.BUYER, moves);
    }

    static Move offer(double dollars) {
        return new Move.Offer(Money.cents(dollars));
    }

    static Move accept(double dollars) {
        return new Move.Accept(Money.cents(dollars));
    }

    static Move say(String text) {
        return new Move.Say(text);
    }

    @Override
    public Side side() {
        return side;
    }

    @Override
    public void startGame(GameRules rules) {
        left.clear();
        left.addAll(script);
    }

    @Override
    public Move respond(Dialogue dialogue) {
        if (left.isEmpty()) {
            throw new AssertionError(side.id() + " ran out of script at utterance " + dialogue.size());
        }
        return left.poll();
    }
}
