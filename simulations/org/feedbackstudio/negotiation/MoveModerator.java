package org.feedbackstudio.negotiation;

/**
 * The fast moderator for built-in negotiators: it reads the moves instead of the text. There is a deal
 * when the last utterance accepts, at the price it accepts. On built-in dialogues it gives the same
 * verdicts as {@link TextModerator}, which reads the rendered lines; free text ({@link Move.Say}) it
 * cannot read and never counts as agreement.
 */
public final class MoveModerator implements Moderator {

    @Override
    public Verdict judge(Dialogue dialogue) {
        int last = dialogue.size() - 1;
        return dialogue.isAccept(last) ? Verdict.dealAt(dialogue.cents(last)) : Verdict.NO_DEAL;
    }
}
