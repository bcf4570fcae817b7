package org.feedbackstudio.donor;

import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.ScenarioException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt texts of model-driven agents: the shipped ones in {@code assets/prompts/donor-game/}, or a
 * user's folder of edited copies (a file the folder lacks comes from the shipped set). Each file may use
 * only its own placeholders; another is refused with the file's name, so a typo never reaches a model.
 */
public final class DonorPrompts {
    static final String SHIPPED = "assets/prompts/donor-game/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
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
        Path dir = folder == null || folder.isBlank() ? null : Path.of(folder);
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ScenarioException(null, "parameters.promptFolder", "no folder at " + folder
                    + "; copy " + SHIPPED + " from the project and point promptFolder at the copy, or leave it empty");
        }
        Map<String, String> texts = new HashMap<>();
        for (String file : ALLOWED.keySet()) {
            String text = null;
            String where = SHIPPED + file;
            if (dir != null && Files.isRegularFile(dir.resolve(file))) {
                where = dir.resolve(file).toString();
                try {
                    text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ScenarioException(null, "parameters.promptFolder", "cannot read " + where + ": "
                            + e.getMessage());
                }
            }
            if (text == null) {
                text = Presets.readResource(SHIPPED + file);
                if (text == null) {
                    throw new IllegalStateException("the shipped prompt " + SHIPPED + file + " is missing");
                }
            }
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!ALLOWED.get(file).contains(m.group(1))) {
                    throw new ScenarioException(null, "parameters.promptFolder", where + " uses {" + m.group(1)
                            + "}, which this prompt does not fill; it may use "
                            + String.join(", ", ALLOWED.get(file).stream().sorted().map(p -> "{" + p + "}").toList()));
                }
            }
            texts.put(file, text.strip());
        }
        return new DonorPrompts(Map.copyOf(texts), dir == null ? SHIPPED : dir.toString());
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
        Matcher m = PLACEHOLDER.matcher(texts.get(file));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
