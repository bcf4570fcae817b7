package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.Answer;

import java.util.ArrayList;
import java.util.List;

/**
 * What the model-driven roles of one game said and how it was read: every answer in order, the moderator's
 * cross-checks, and why the game ended with no readable answer. Filled on the thread that plays the game,
 * published in game order on the simulation's thread.
 */
final class GameLog {
    /** One answer and the role that gave it. */
    record Said(String role, Answer<?> answer) {
    }

    private final List<Said> answers = new ArrayList<>();
    private final List<ModeratorCheck> checks = new ArrayList<>();
    private String fallbackRole;
    private String fallbackWhy;

    void add(String role, Answer<?> answer) {
        answers.add(new Said(role, answer));
    }

    void check(ModeratorCheck check) {
        checks.add(check);
    }

    void fellBack(NoAnswer e) {
        fallbackRole = e.role();
        fallbackWhy = e.getMessage();
    }

    List<Said> answers() {
        return answers;
    }

    List<ModeratorCheck> checks() {
        return List.copyOf(checks);
    }

    /** The role that gave no readable answer, or null. */
    String fallbackRole() {
        return fallbackRole;
    }

    /** "the seller gave no readable answer: names no price and accepts no offer", or "" */
    String fallbackNote() {
        return fallbackRole == null ? "" : "the " + fallbackRole + " gave no readable answer: " + fallbackWhy;
    }
}
