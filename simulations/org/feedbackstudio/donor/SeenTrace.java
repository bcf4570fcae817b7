package org.feedbackstudio.donor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a donor was shown about its recipient before deciding, newest first.
 *
 * @param recipient  name of the recipient the donor faced
 * @param round      the round of that encounter (1-based within its game)
 * @param game       the game of that encounter (1 or 2)
 * @param observed   false when the donor was shown nothing (the observation probability said no)
 * @param entries    the recipient's last action, then its partner's previous one, and so on, at most trace
 *                   depth of them
 * @param unrecorded when the chain ended before the trace depth: the agent at its end, who had not
 *                   acted yet in this game; else null
 */
public record SeenTrace(String recipient, int round, int game, boolean observed, List<TraceEntry> entries,
                        String unrecorded) {
    public SeenTrace {
        Objects.requireNonNull(recipient, "recipient");
        entries = List.copyOf(entries);
    }

    /** The trace as text lines, as a donor reads them (the authors' wording for an empty record). */
    public List<String> lines() {
        if (!observed) {
            return List.of("No information about what " + recipient + " did before was available.");
        }
        List<String> lines = new ArrayList<>(entries.size() + 1);
        entries.forEach(e -> lines.add(e.text()));
        if (unrecorded != null) {
            lines.add(unrecorded + " did not have any previous interactions.");
        }
        return List.copyOf(lines);
    }
}
