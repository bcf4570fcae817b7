package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.Answer;
import org.feedbackstudio.runtime.llm.DecisionId;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * The paper's critic as a language model: it reads the improving player's whole history — every game so far
 * and the feedback before each — and answers with suggestions in words, which become the player's next
 * feedback. An answer with no suggestion in it, after the re-asks, ends the chain's next game with no deal.
 */
final class ModelCritic implements Critic {
    private final ModelRoles roles;
    private final ModelSession session;
    private final int chain;
    private final GameLog log;

    ModelCritic(ModelRoles roles, ModelSession session, int chain, GameLog log) {
        this.roles = roles;
        this.session = session;
        this.chain = chain;
        this.log = log;
    }

    @Override
    public Feedback review(ImproverHistory history) {
        GameResult last = history.lastGame();
        Question<List<String>> q = new Question<>(DecisionId.of(roles.seed(), "game", "negotiation", "round",
                history.games() + 1, "chain", chain, "role", "critic"),
                roles.prompts().critic(history.side(), history.rules(), conversation(history)),
                NegotiationAnswers.SUGGESTIONS);
        Answer<List<String>> a = roles.ask(session, q);
        log.add("critic", a);
        if (a.fellBack()) {
            NoAnswer none = new NoAnswer("critic", a.note());
            log.fellBack(none);
            throw none;
        }
        List<Suggestion> suggestions = new ArrayList<>();
        a.value().forEach(s -> suggestions.add(new Advice(s)));
        return new Feedback(history.side(), history.rules().item(), last.priceCents(), suggestions);
    }

    /** The history as the critic reads it: each game's lines, and the feedback that went before it. */
    static String conversation(ImproverHistory history) {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < history.games(); g++) {
            Feedback before = history.feedbackBefore(g);
            if (before != null) {
                sb.append("The critic's feedback before game ").append(g + 1).append(":\n")
                        .append(before.numbered()).append("\n\n");
            }
            sb.append("Game ").append(g + 1).append(":\n");
            for (String line : history.transcript(g)) {
                sb.append(line).append('\n');
            }
            GameResult r = history.game(g);
            sb.append(r.isDeal() ? "(deal at " + Money.format(r.priceCents()) + ")" : "(no deal)").append("\n\n");
        }
        return sb.toString().strip();
    }
}
