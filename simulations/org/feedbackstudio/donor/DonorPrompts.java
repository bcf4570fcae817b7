package org.feedbackstudio.donor;

import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.runtime.llm.PromptFolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The prompt texts of model-driven agents: the shipped ones in {@code assets/prompts/donor-game/}, or a
 * user's folder of edited copies (a file the folder lacks comes from the shipped set). Each file may use
 * only its own placeholders; another is refused with the file's name, so a typo never reaches a model.
 */
public final class DonorPrompts {
    static final String SHIPPED = "assets/prompts/donor-game/";
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "system.txt", Set.of("initialResources", "multiplier", "punishment"),
            "punishment.txt", Set.of("punishmentMultiplier"),
            "strategy-first.txt", Set.of("name"),
            "strategy-newcomer.txt", Set.of("name", "generation", "scoresNote", "advice"),
            "donation.txt", Set.of("name", "strategy", "generation", "round", "recipient", "recipientResources",
                    "trace", "resources", "question"),
            "answer-donate.txt", Set.of("recipient"),
            "answer-punish.txt", Set.of("recipient"));

    private final Map<String, String> texts;
    private final String origin;

    private DonorPrompts(Map<String, String> texts, String origin) {
        this.texts = texts;
        this.origin = origin;
    }

    /**
     * @param folder the user's folder, or empty for the shipped prompts
     * @throws ScenarioException (field parameters.promptFolder) when the folder or a file cannot be used
     */
    public static DonorPrompts load(String folder) throws ScenarioException {
        Map<String, String> texts = new HashMap<>();
        PromptFolder.read(folder, SHIPPED, ALLOWED).forEach((file, prompt) -> texts.put(file, prompt.text().strip()));
        return new DonorPrompts(Map.copyOf(texts), PromptFolder.origin(folder, SHIPPED));
    }

    /** Where the prompts came from, for messages. */
    public String origin() {
        return origin;
    }

    String system(DonorSettings s) {
        String punishment = s.punishment() ? "\n" + fill("punishment.txt", Map.of("punishmentMultiplier",
                Formats.plain(s.punishmentMultiplier()))) + "\n" : "";
        return fill("system.txt", Map.of("initialResources", Formats.plain(s.initialResources()), "multiplier",
                Formats.plain(s.multiplier()), "punishment", punishment)).replaceAll("\n{3,}", "\n\n");
    }

    String firstStrategy(String name) {
        return fill("strategy-first.txt", Map.of("name", name));
    }

    /** @param advice one entry per survivor, best first */
    String newcomerStrategy(String name, int generation, boolean scoresShown, List<String> advice) {
        return fill("strategy-newcomer.txt", Map.of("name", name, "generation", Integer.toString(generation),
                "scoresNote", scoresShown ? ", with their final scores" : "", "advice", String.join("\n", advice)));
    }

    String donation(String name, String strategy, int generation, int round, String recipient,
                    double recipientResources, List<String> trace, double resources, boolean punishment) {
        String question = fill(punishment ? "answer-punish.txt" : "answer-donate.txt", Map.of("recipient", recipient));
        Map<String, String> v = new HashMap<>();
        v.put("name", name);
        v.put("strategy", strategy);
        v.put("generation", Integer.toString(generation));
        v.put("round", Integer.toString(round));
        v.put("recipient", recipient);
        v.put("recipientResources", Formats.plain(recipientResources));
        v.put("trace", String.join("\n", trace));
        v.put("resources", Formats.plain(resources));
        v.put("question", question);
        return fill("donation.txt", v);
    }

    private String fill(String file, Map<String, String> values) {
        Matcher m = PromptFolder.PLACEHOLDER.matcher(texts.get(file));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
