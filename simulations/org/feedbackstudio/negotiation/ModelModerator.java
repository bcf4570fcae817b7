package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.Answer;
import org.feedbackstudio.runtime.llm.DecisionId;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.Question;

/**
 * The paper's moderator as a language model, with the built-in text moderator beside it as a cross-check.
 * After every utterance the built-in moderator reads the last lines; the model is asked, as in the paper,
 * when the utterance names no price, and also whenever the built-in moderator reads an agreement (which
 * usually names one: "Deal at $15"). The game follows the model; every time it is asked, both verdicts are
 * kept, and the game counts where they differ. Where the model is not asked, neither sees a deal.
 */
final class ModelModerator implements Moderator {
    private final ModelRoles roles;
    private final ModelSession session;
    private final Object[] where;
    private final GameLog log;
    private final TextModerator builtIn = new TextModerator();

    ModelModerator(ModelRoles roles, ModelSession session, Object[] where, GameLog log) {
        this.roles = roles;
        this.session = session;
        this.where = where.clone();
        this.log = log;
    }

    @Override
    public Verdict judge(Dialogue dialogue) {
        Verdict reference = builtIn.judge(dialogue);
        int last = dialogue.size() - 1;
        if (dialogue.cents(last) >= 0 && !reference.deal()) {
            return reference;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = Math.max(0, last - TextModerator.WINDOW + 1); i <= last; i++) {
            lines.append(dialogue.speaker(i).id()).append(": ").append(dialogue.text(i)).append('\n');
        }
        int dialoguePrice = -1;
        for (int i = last; i >= 0 && dialoguePrice < 0; i--) {
            dialoguePrice = dialogue.cents(i);
        }
        Object[] id = new Object[where.length + 6];
        id[0] = "game";
        id[1] = "negotiation";
        System.arraycopy(where, 0, id, 2, where.length);
        id[where.length + 2] = "utterance";
        id[where.length + 3] = last;
        id[where.length + 4] = "role";
        id[where.length + 5] = "moderator";
        Question<Verdict> q = new Question<>(DecisionId.of(roles.seed(), id),
                roles.prompts().moderator(dialogue.rules(), lines.toString().strip()),
                NegotiationAnswers.verdict(dialoguePrice));
        Answer<Verdict> a = roles.ask(session, q);
        log.add("moderator", a);
        if (a.fellBack()) {
            NoAnswer none = new NoAnswer("moderator", a.note());
            log.fellBack(none);
            throw none;
        }
        log.check(new ModeratorCheck(last, a.value(), reference, a.lastReply()));
        return a.value();
    }
}
