package org.feedbackstudio.runtime.llm;

/** What a reader made of an answer: a value, or why there is none. */
public sealed interface Reading<T> permits Reading.Read, Reading.Unreadable {

    /** The answer was read as {@code value}; {@code how} says what was read ("Answer: 5 → 5 units"). */
    record Read<T>(T value, String how) implements Reading<T> {
    }

    /** The answer could not be read; {@code why} says what was missing or wrong. */
    record Unreadable<T>(String why) implements Reading<T> {
    }

    static <T> Reading<T> read(T value, String how) {
        return new Read<>(value, how);
    }

    static <T> Reading<T> unreadable(String why) {
        return new Unreadable<>(why);
    }
}
