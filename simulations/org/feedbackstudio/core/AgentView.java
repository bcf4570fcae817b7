package org.feedbackstudio.core;

import java.util.Map;

/**
 * A read-only description of one agent for the inspector.
 *
 * @param id         stable identifier within the run
 * @param label      short label for lists and tiles
 * @param properties name to human-readable value, in display order
 */
public record AgentView(String id, String label, Map<String, String> properties) {
}
