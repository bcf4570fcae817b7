package org.feedbackstudio.donor;

import org.feedbackstudio.runtime.llm.Answer;
import org.feedbackstudio.runtime.llm.ChatMessage;
import org.feedbackstudio.runtime.llm.DecisionId;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Donors driven by a language model. A round's prompts go out together (up to the model block's
 * concurrency) and the answers are applied in encounter order, so results never depend on which answer
 * arrives first. A donor whose answer cannot be read after the re-asks falls back to the paper's rule — a
 * donation of 0 — which the game counts. In a mixed society, donors with a built-in strategy follow it.
 */
final class ModelDonors implements DonorPolicy {
    private final ModelSession session;
    private final DonorPrompts prompts;
    private final String system;
    private final long seed;
    private final int rounds;
    private final ModelTranscripts transcripts;

    ModelDonors(ModelSession session, DonorPrompts prompts, DonorSettings settings, long seed,
                ModelTranscripts transcripts) {
        this.session = session;
        this.prompts = prompts;
        this.system = prompts.system(settings);
        this.seed = seed;
        this.rounds = settings.rounds();
        this.transcripts = transcripts;
    }

    @Override
    public String name() {
        return "model-driven agents (" + session.spec().describe() + ")";
    }

    @Override
    public void decide(RoundView round, Decisions decisions) {
        transcripts.flush();
        long tick = (long) (round.generation() - 1) * 2 * rounds + (long) (round.game() - 1) * rounds + round.round();
        List<Integer> asked = new ArrayList<>();
        List<Question<DonorAnswers.Choice>> questions = new ArrayList<>();
        for (int i = 0; i < round.encounters(); i++) {
            Member donor = round.donor(i);
            if (donor.strategy() instanceof RuleStrategy rule) {
                RuleAgents.decide(round, decisions, i, rule);
                continue;
            }
            double resources = round.donorResources(i);
            String prompt = prompts.donation(donor.name(), donor.strategy().sentence(), round.generation(),
                    round.round(), round.recipient(i).name(), round.recipientResources(i), round.seen(i).lines(),
                    resources, round.punishmentAllowed());
            asked.add(i);
            questions.add(new Question<>(DecisionId.of(seed, "game", "donor-game", "generation", round.generation(),
                    "match", round.game(), "round", round.round(), "agent", donor.name(), "kind", "donation"),
                    List.of(ChatMessage.system(system), ChatMessage.user(prompt)),
                    DonorAnswers.donation(resources, round.punishmentAllowed())));
        }
        if (questions.isEmpty()) {
            return;
        }
        List<Answer<DonorAnswers.Choice>> answers = session.askAll(questions);
        for (int k = 0; k < answers.size(); k++) {
            int i = asked.get(k);
            Answer<DonorAnswers.Choice> a = answers.get(k);
            String name = round.donor(i).name();
            transcripts.donation(name, a);
            transcripts.calls(tick, name, a);
            if (a.fellBack()) {
                decisions.fallback(i);
                continue;
            }
            double resources = round.donorResources(i);
            double share = resources > 0 ? Math.min(1.0, a.value().units() / resources) : 0.0;
            if (a.value().punish()) {
                decisions.punish(i, share);
            } else {
                decisions.donate(i, share);
            }
        }
    }

    @Override
    public Map<String, String> details(Member member) {
        return member.strategy() instanceof WrittenStrategy ? transcripts.details(member.name()) : Map.of();
    }

    @Override
    public void close() {
        session.close();
    }
}
