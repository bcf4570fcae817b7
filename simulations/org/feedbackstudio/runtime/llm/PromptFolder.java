package org.feedbackstudio.runtime.llm;

import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.ScenarioException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulator's prompt files: the shipped ones under {@code assets/prompts/<id>/}, or a user's folder of
 * edited copies named by the scenario's {@code promptFolder} (a file the folder lacks comes from the shipped
 * set). Each file may use only its own placeholders; another is refused with the file's name, so a typo
 * never reaches a model.
 */
public final class PromptFolder {
    /** A placeholder in a prompt: a name in braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** One prompt's text as written, and where it was read from (for messages). */
    public record PromptFile(String text, String where) {
    }

    private PromptFolder() {
    }

    /**
     * @param folder  the user's folder, or empty for the shipped prompts
     * @param shipped the shipped prompts' resource folder, ending in {@code /}
     * @param allowed each file's name and the placeholders it may use
     * @return each file, in the order of {@code allowed}
     * @throws ScenarioException (field parameters.promptFolder) when the folder or a file cannot be used
     */
    public static Map<String, PromptFile> read(String folder, String shipped, Map<String, Set<String>> allowed)
            throws ScenarioException {
        Path dir = folder == null || folder.isBlank() ? null : Path.of(folder);
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ScenarioException(null, "parameters.promptFolder", "no folder at " + folder
                    + "; copy " + shipped + " from the project and point promptFolder at the copy, or leave it empty");
        }
        Map<String, PromptFile> files = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> entry : allowed.entrySet()) {
            String file = entry.getKey();
            String text = null;
            String where = shipped + file;
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
                text = Presets.readResource(shipped + file);
                if (text == null) {
                    throw new IllegalStateException("the shipped prompt " + shipped + file + " is missing");
                }
            }
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!entry.getValue().contains(m.group(1))) {
                    throw new ScenarioException(null, "parameters.promptFolder", where + " uses {" + m.group(1)
                            + "}, which this prompt does not fill; it may use "
                            + String.join(", ", entry.getValue().stream().sorted().map(p -> "{" + p + "}").toList()));
                }
            }
            files.put(file, new PromptFile(text, where));
        }
        return files;
    }

    /** Where the prompts come from, for messages: the user's folder or the shipped one. */
    public static String origin(String folder, String shipped) {
        return folder == null || folder.isBlank() ? shipped : Path.of(folder).toString();
    }
}
