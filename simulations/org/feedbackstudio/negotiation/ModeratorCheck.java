package org.feedbackstudio.negotiation;

/**
 * One time a model moderator was asked, beside the built-in moderator's reading of the same lines: the
 * cross-check. They disagree when one sees a deal and the other does not, or both see one at different prices.
 *
 * @param utterance the dialogue position after which both judged
 * @param model     the model moderator's verdict (the one the game follows)
 * @param builtIn   the built-in text moderator's verdict
 * @param reply     the model's answer, as it came
 */
public record ModeratorCheck(int utterance, Verdict model, Verdict builtIn, String reply) {

    public boolean agrees() {
        return model.deal() == builtIn.deal() && (!model.deal() || model.priceCents() == builtIn.priceCents());
    }

    /** "model: deal at $15; built-in: no deal". */
    public String summary() {
        return "model: " + words(model) + "; built-in: " + words(builtIn);
    }

    static String words(Verdict v) {
        return v.deal() ? "deal at " + Money.format(v.priceCents()) : "no deal";
    }
}
