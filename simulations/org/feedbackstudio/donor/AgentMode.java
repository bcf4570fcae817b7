package org.feedbackstudio.donor;

/** Where built-in agents' strategies come from. */
public enum AgentMode {
    /** Drawn around the scenario's values in generation 1; newcomers copy survivors with variation. */
    CULTURAL("cultural"),
    /** Every agent follows the scenario's strategy for the whole run. */
    FIXED("fixed");

    private final String word;

    AgentMode(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static AgentMode fromWord(String word) {
        for (AgentMode m : values()) {
            if (m.word.equals(word)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no agent mode called " + word);
    }
}
