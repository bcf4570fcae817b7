package org.feedbackstudio.negotiation;

/**
 * A concrete change of one tactic parameter, with the sentence that explains it. The sentence is
 * written only when read, so the critic costs no string work in games nobody looks at.
 *
 * @param side     the improving side
 * @param knob     the parameter
 * @param before   its value before (cents for prices)
 * @param after    its value after; equal to {@code before} when the advice is to keep it
 * @param evidence what in the history led to the change
 */
public record TacticChange(Side side, Knob knob, double before, double after, Evidence evidence)
        implements Suggestion {

    public boolean changes() {
        return after != before;
    }

    @Override
    public String sentence() {
        Side opponent = side.other();
        String them = opponent.id();
        String anchor = side == Side.SELLER ? "asking price" : "opening offer";
        return switch (knob) {
            case OPENING -> !changes()
                    ? "Keep your first counter-offer where it is: it is already as close to your " + anchor
                            + " as it can usefully be."
                    : evidence.closer() == opponent
                    ? "Make your first counter-offer closer to your " + anchor + ": the " + them
                            + " accepted your offer as it stood, so you gave away more than you had to."
                    : "Make your first counter-offer closer to your " + anchor + ": your first step "
                            + (side == Side.SELLER ? "down" : "up") + " was bigger than the " + them
                            + "'s resistance called for.";
            case EXPONENT -> changes()
                    ? "Concede more slowly: the " + them + " agreed after " + evidence.dealTurn() + " of "
                            + evidence.turnLimit() + " exchanges, so there was time left to hold your position."
                    : evidence.dealTurn() >= evidence.turnLimit()
                    ? "Keep your pace of concessions: the " + them + " only agreed in the last exchange, so"
                            + " slowing down further would risk losing the deal."
                    : "Keep conceding at the pace you do now; it already holds firm until late.";
            case RESERVATION -> {
                String move = side == Side.SELLER ? "Raise the least you will accept" : "Lower the most you will pay";
                if (!changes()) {
                    yield "Keep your walk-away price: your last deal came right at it, so there is no room left"
                            + " there.";
                }
                yield evidence.lateDeals() == 0
                        ? move + ": the " + them + " met you well inside the range you were prepared to accept."
                        : move + ", but only a little: in " + evidence.lateDeals() + " of your " + evidence.games()
                                + " games the " + them + " held out to the last exchanges, so it may be close to"
                                + " its limit.";
            }
            case TIT_FOR_TAT -> changes()
                    ? "Mirror the " + them + "'s concessions " + (after > before ? "more" : "less")
                            + " closely than you did."
                    : "Keep mirroring the " + them + "'s concessions as you do.";
        };
    }
}
