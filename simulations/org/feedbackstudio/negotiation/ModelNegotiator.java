package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.Answer;
import org.feedbackstudio.runtime.llm.ChatMessage;
import org.feedbackstudio.runtime.llm.DecisionId;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * A seller or buyer played by a language model, as in the paper: its chat is its prompt (and, for an
 * improving player, every earlier game with the critic's feedback after each), then the game so far — its
 * own lines as the assistant's, its opponent's as the user's. Each answer is read for its price
 * ({@link NegotiationAnswers#utterance}); one that cannot be read after the re-asks ends the game.
 */
final class ModelNegotiator implements Negotiator {
    private final Side side;
    private final ModelRoles roles;
    private final ModelSession session;
    private final List<ChatMessage> before;
    private final Object[] where;
    private final GameLog log;

    /**
     * @param before the chat before this game's first line
     * @param where  the game's place in the run, as decision coordinates (name, value, …)
     */
    ModelNegotiator(Side side, ModelRoles roles, ModelSession session, List<ChatMessage> before, Object[] where,
                    GameLog log) {
        this.side = side;
        this.roles = roles;
        this.session = session;
        this.before = List.copyOf(before);
        this.where = where.clone();
        this.log = log;
    }

    @Override
    public Side side() {
        return side;
    }

    @Override
    public void startGame(GameRules rules) {
        // The chat is fixed when the negotiator is made; nothing else carries over.
    }

    @Override
    public Move respond(Dialogue dialogue) {
        Object[] id = new Object[where.length + 6];
        id[0] = "game";
        id[1] = "negotiation";
        System.arraycopy(where, 0, id, 2, where.length);
        id[where.length + 2] = "utterance";
        id[where.length + 3] = dialogue.size();
        id[where.length + 4] = "role";
        id[where.length + 5] = side.id();
        Question<Move.Say> q = new Question<>(DecisionId.of(roles.seed(), id), chat(before, dialogue, side),
                NegotiationAnswers.utterance(side));
        Answer<Move.Say> a = roles.ask(session, q);
        log.add(side.id(), a);
        if (a.fellBack()) {
            NoAnswer none = new NoAnswer(side.id(), a.note());
            log.fellBack(none);
            throw none;
        }
        return a.value();
    }

    /** The chat before the game, then the game's lines as this side sees them. */
    static List<ChatMessage> chat(List<ChatMessage> before, Dialogue dialogue, Side side) {
        List<ChatMessage> m = new ArrayList<>(before.size() + dialogue.size());
        m.addAll(before);
        for (int i = 0; i < dialogue.size(); i++) {
            String text = dialogue.text(i);
            m.add(dialogue.speaker(i) == side ? ChatMessage.assistant(text) : ChatMessage.user(text));
        }
        return m;
    }
}
