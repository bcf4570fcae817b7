package org.feedbackstudio.donor;

import org.feedbackstudio.core.ParameterChange;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.runtime.llm.Answer;
import org.feedbackstudio.runtime.llm.ChatMessage;
import org.feedbackstudio.runtime.llm.DecisionId;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Strategies written by a language model, as in the paper: generation 1 thinks step by step and states a
 * strategy; newcomers adapt the survivors' advice (with their scores when the schedule shows them). The
 * strategy is read after "My strategy will be"; one that cannot be read after the re-asks falls back to
 * the model's whole last answer, and is counted.
 *
 * <p>In a mixed society only {@code modelAgents} seats are the model's; the rest are built-in agents
 * whose strategies {@code builtIn} writes. The split holds in every generation: newcomers of each kind
 * replace those of that kind who were not kept.
 */
final class ModelStrategies implements StrategyWriter {
    private final ModelSession session;
    private final DonorPrompts prompts;
    private final String system;
    private final long seed;
    private final int modelAgents;
    private final StrategyWriter builtIn;
    private final ModelTranscripts transcripts;
    private final int ticksPerGeneration;

    ModelStrategies(ModelSession session, DonorPrompts prompts, DonorSettings settings, long seed, int modelAgents,
                    StrategyWriter builtIn, ModelTranscripts transcripts) {
        this.session = session;
        this.prompts = prompts;
        this.system = prompts.system(settings);
        this.seed = seed;
        this.modelAgents = modelAgents;
        this.builtIn = builtIn;
        this.transcripts = transcripts;
        this.ticksPerGeneration = settings.ticksPerGeneration();
    }

    @Override
    public List<Strategy> firstGeneration(int count) {
        int written = Math.min(modelAgents, count);
        List<Question<String>> questions = new ArrayList<>(written);
        for (int i = 0; i < written; i++) {
            String name = "1_" + (i + 1);
            questions.add(question(1, name, prompts.firstStrategy(name)));
        }
        List<Strategy> out = new ArrayList<>(count);
        out.addAll(settle(1, questions, 0));
        if (count > written) {
            out.addAll(builtIn.firstGeneration(count - written));
        }
        return out;
    }

    @Override
    public List<Inheritance> newcomers(List<Survivor> survivors, boolean scoresShown, int count, int generation) {
        long keptModel = survivors.stream().filter(s -> s.member().strategy() instanceof WrittenStrategy).count();
        int written = (int) Math.max(0, Math.min(count, modelAgents - keptModel));
        List<String> advice = new ArrayList<>(survivors.size());
        for (Survivor s : survivors) {
            advice.add(scoresShown ? s.member().name() + " (final score " + Formats.plain(s.score()) + "): "
                    + s.member().strategy().sentence() : "- " + s.member().strategy().sentence());
        }
        List<Question<String>> questions = new ArrayList<>(written);
        for (int j = 0; j < written; j++) {
            String name = generation + "_" + (j + 1);
            questions.add(question(generation, name, prompts.newcomerStrategy(name, generation, scoresShown, advice)));
        }
        long tick = (long) (generation - 1) * ticksPerGeneration + 1;
        List<Inheritance> out = new ArrayList<>(count);
        for (Strategy s : settle(generation, questions, tick)) {
            out.add(new Inheritance(s, -1)); // the model read every survivor's advice: no single parent
        }
        int rest = count - written;
        if (rest > 0) {
            List<Survivor> ruled = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < survivors.size(); i++) {
                if (survivors.get(i).member().strategy() instanceof RuleStrategy) {
                    ruled.add(survivors.get(i));
                    index.add(i);
                }
            }
            if (ruled.isEmpty()) { // no built-in agent survived: built-in newcomers start afresh
                builtIn.firstGeneration(rest).forEach(s -> out.add(new Inheritance(s, -1)));
            } else {
                for (Inheritance in : builtIn.newcomers(ruled, scoresShown, rest, generation)) {
                    out.add(new Inheritance(in.strategy(), in.parent() < 0 ? -1 : index.get(in.parent())));
                }
            }
        }
        return out;
    }

    @Override
    public boolean applyLive(ParameterChange change) {
        return builtIn.applyLive(change);
    }

    private Question<String> question(int generation, String name, String prompt) {
        return new Question<>(DecisionId.of(seed, "game", "donor-game", "generation", generation, "agent", name,
                "kind", "strategy"), List.of(ChatMessage.system(system), ChatMessage.user(prompt)),
                DonorAnswers.STRATEGIES);
    }

    private List<Strategy> settle(int generation, List<Question<String>> questions, long tick) {
        List<Answer<String>> answers = session.askAll(questions);
        List<Strategy> out = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            Answer<String> a = answers.get(i);
            String name = generation + "_" + (i + 1);
            transcripts.strategy(name, a);
            transcripts.calls(tick, name, a);
            if (a.fellBack()) {
                String kept = a.lastReply().strip().replaceAll("\\s+", " ");
                out.add(new WrittenStrategy(kept.isEmpty() ? "(no strategy could be read)" : kept));
                if (tick == 0 || transcripts.events().wants("fallback")) {
                    SimEvent e = new SimEvent(Math.max(1, tick), "fallback", name + "'s strategy could not be read ("
                            + a.note() + "); it keeps its last answer as its strategy.",
                            Map.of("generation", generation, "agent", name, "kind", "strategy"));
                    if (tick == 0) {
                        transcripts.hold(e);
                    } else {
                        transcripts.events().publish(e);
                    }
                }
            } else {
                out.add(new WrittenStrategy(a.value()));
            }
        }
        return out;
    }
}
