package org.feedbackstudio.donor;

import org.feedbackstudio.core.AgentView;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An agent's row in the studio's generic Agents inspector: its tile's fields as the inspector prints them. */
final class AgentSheet {
    private AgentSheet() {
    }

    static AgentView of(AgentTile t) {
        return of(t, Map.of());
    }

    /** With the policy's own lines after the tile's (a model-driven agent's prompts and replies). */
    static AgentView of(AgentTile t, Map<String, String> policyDetails) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Strategy", t.strategy().sentence());
        double g = t.strategy().generosity();
        p.put("Generosity", Double.isNaN(g) ? "—" : Formats.percent(g));
        if (t.strategy() instanceof RuleStrategy rs) {
            p.put("Norm", rs.norm().id());
        }
        p.put("Resources", Formats.plain(t.resources()));
        p.put("Mean donation", Double.isNaN(t.meanDonation()) ? "—" : Formats.percent(t.meanDonation()));
        p.put("Score", Double.isNaN(t.score()) ? "—" : Formats.plain(t.score()));
        p.put("Selection score", Double.isNaN(t.selectionScore()) ? "—" : Formats.plain(t.selectionScore()));
        p.put("Rank", t.rank() == 0 ? "—" : t.rank() + (t.survives() ? " (survives)" : " (replaced)"));
        p.put("Born", "generation " + t.born());
        p.put("Parent", t.parent() == null ? "—" : t.parent());
        p.put("Lineage", t.lineage().isEmpty() ? "—" : String.join(" ← ", t.lineage())
                + (t.lineageLength() > t.lineage().size() ? " ← …" : ""));
        p.put("Last trace seen", t.lastTrace() == null ? "—" : String.join(" ", t.lastTraceLines()));
        p.putAll(policyDetails);
        return new AgentView(t.name(), t.name(), Collections.unmodifiableMap(p));
    }
}
