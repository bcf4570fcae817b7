package org.feedbackstudio.negotiation;

/**
 * Decides after each utterance whether the seller and the buyer have reached a deal, and at what
 * price. The game ends on the first "yes"; whether that price counts as a deal (strictly inside the
 * opening prices) is the game's rule, not the moderator's.
 */
public interface Moderator {

    Verdict judge(Dialogue dialogue);
}
