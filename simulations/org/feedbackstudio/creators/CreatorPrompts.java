package org.feedbackstudio.creators;

import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.runtime.llm.PromptFolder;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The prompt texts of model-driven creators: the shipped ones in {@code assets/prompts/creator-platform/}, or
 * a user's folder of edited copies (a file the folder lacks comes from the shipped set). Each file may use
 * only its own placeholders; another is refused with the file's name, so a typo never reaches a model.
 */
final class CreatorPrompts {
    static final String SHIPPED = "assets/prompts/creator-platform/";
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "system.txt", Set.of("genres", "leaveWindow"),
            "decide.txt", Set.of("name", "round", "history", "audience", "skill", "reward", "untried"),
            "create.txt", Set.of("name", "mode", "genre", "recent"));

    private final Map<String, String> texts;

    private CreatorPrompts(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * @param folder the user's folder, or empty for the shipped prompts
     * @throws ScenarioException (field parameters.promptFolder) when the folder or a file cannot be used
     */
    static CreatorPrompts load(String folder) throws ScenarioException {
        Map<String, String> texts = new HashMap<>();
        PromptFolder.read(folder, SHIPPED, ALLOWED).forEach((file, prompt) -> texts.put(file, prompt.text().strip()));
        return new CreatorPrompts(Map.copyOf(texts));
    }

    String system(String genres, int leaveWindow) {
        return fill("system.txt", Map.of("genres", genres, "leaveWindow", Integer.toString(leaveWindow)));
    }

    String decide(Map<String, String> values) {
        return fill("decide.txt", values);
    }

    String create(String name, String mode, String genre, String recent) {
        return fill("create.txt", Map.of("name", name, "mode", mode, "genre", genre, "recent", recent));
    }

    private String fill(String file, Map<String, String> values) {
        Matcher m = PromptFolder.PLACEHOLDER.matcher(texts.get(file));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v != null ? v : m.group(0)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
