package org.feedbackstudio.negotiation;

import java.util.Objects;

/**
 * A built-in negotiator: each turn it computes its next offer from its {@link Tactic} — the
 * time-dependent concession curve blended with tit-for-tat — and accepts the opponent's standing
 * offer when that is at least as good as the offer it would make next (the AC_next acceptance rule
 * of the ANAC competitions). It never retracts a concession and never goes past its walk-away price.
 * It keeps no memory between games: everything it needs is in the dialogue.
 */
public final class TacticNegotiator implements Negotiator {
    private final Side side;
    private Tactic tactic;

    public TacticNegotiator(Side side, Tactic tactic) {
        this.side = Objects.requireNonNull(side);
        this.tactic = Objects.requireNonNull(tactic);
    }

    @Override
    public Side side() {
        return side;
    }

    public Tactic tactic() {
        return tactic;
    }

    /** The tactic for the games that follow (the improving player's tactic after feedback, a rival's type). */
    public void use(Tactic newTactic) {
        this.tactic = Objects.requireNonNull(newTactic);
    }

    @Override
    public void startGame(GameRules rules) {
        // Nothing carries over from one game to the next.
    }

    @Override
    public Move respond(Dialogue dialogue) {
        int next = nextOfferCents(dialogue);
        int standing = dialogue.lastOfferCents(side.other());
        if (side.sign() * standing >= side.sign() * next) {
            return new Move.Accept(standing);
        }
        return new Move.Offer(next);
    }

    /** The offer this negotiator would make on its coming turn, in cents. */
    public int nextOfferCents(Dialogue dialogue) {
        int sign = side.sign();
        int t = dialogue.nextOwnTurn();
        int own = dialogue.lastOfferCents(side);
        double offer = ConcessionCurve.offer(tactic, t, dialogue.rules().deadline());
        double share = tactic.titForTat();
        if (share > 0 && t > 0) {
            offer = (1 - share) * offer + share * titForTatOffer(dialogue, own);
        }
        // Never ask for more than last time, never give more than the walk-away price.
        if (sign * offer > sign * own) {
            offer = own;
        }
        if (sign * offer < sign * tactic.reservationCents()) {
            offer = tactic.reservationCents();
        }
        return (int) Math.round(offer);
    }

    /** Absolute tit-for-tat: concede as much as the opponent conceded in its last move. */
    private double titForTatOffer(Dialogue dialogue, int own) {
        Side opponent = side.other();
        int last = dialogue.lastOfferCents(opponent);
        int before = dialogue.previousOfferCents(opponent);
        int conceded = before < 0 ? 0 : side.sign() * (last - before);
        return own - side.sign() * (double) Math.max(0, conceded);
    }
}
