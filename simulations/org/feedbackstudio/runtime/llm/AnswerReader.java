package org.feedbackstudio.runtime.llm;

/** Reads a decision out of a model's answer. Must be a pure function of the text: replays depend on it. */
@FunctionalInterface
public interface AnswerReader<T> {
    Reading<T> read(String answer);
}
