package org.feedbackstudio.core;

/** The kinds of value a simulator parameter can take; each has one canonical Java type. */
public enum ParameterType {
    /** A whole number, held as {@link Long}. */
    INTEGER("integer"),
    /** A real number, held as {@link Double}. */
    REAL("real"),
    /** true or false, held as {@link Boolean}. */
    BOOLEAN("boolean"),
    /** One of a fixed set of words, held as {@link String}. */
    CHOICE("choice"),
    /** Any subset of a fixed set of words, held as an unmodifiable {@code List<String>}. */
    CHOICE_LIST("choice-list"),
    /** Free text, held as {@link String}. */
    TEXT("text");

    private final String jsonName;

    ParameterType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in scenario files and in {@code describe}. */
    public String jsonName() {
        return jsonName;
    }
}
