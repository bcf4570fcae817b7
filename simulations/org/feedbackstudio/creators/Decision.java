package org.feedbackstudio.creators;

import java.util.List;

/**
 * A creator's decision for one round: slow thinking (explore or exploit, and which genre), then fast
 * thinking (the item itself).
 *
 * @param mode         explore or exploit
 * @param genre        the genre of the item
 * @param exploitChance the chance of exploiting the rule gave, NaN for policies without one
 * @param name         the item's name
 * @param tags         a few tags (model-driven creators write them; built-in ones leave them empty)
 * @param description  a line describing the item, may be empty
 * @param reasoning    why, in the creator's words or the rule's, may be empty
 */
public record Decision(Mode mode, int genre, double exploitChance, String name, List<String> tags,
                       String description, String reasoning) {
    public Decision {
        tags = List.copyOf(tags);
        description = description == null ? "" : description;
        reasoning = reasoning == null ? "" : reasoning;
    }
}
