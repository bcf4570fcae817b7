package org.feedbackstudio.creators;

import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.ScenarioException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt texts of model-driven creators: the shipped ones in {@code assets/prompts/creator-platform/}, or
 * a user's folder of edited copies (a file the folder lacks comes from the shipped set). Each file may use
 * only its own placeholders; another is refused with the file's name, so a typo never reaches a model.
 */
final class CreatorPrompts {
    static final String SHIPPED = "assets/prompts/creator-platform/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
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
        Matcher m = PLACEHOLDER.matcher(texts.get(file));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v != null ? v : m.group(0)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
