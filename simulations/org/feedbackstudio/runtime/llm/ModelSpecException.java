package org.feedbackstudio.runtime.llm;

/**
 * A model block that cannot be used as written.
 *
 * @see ModelSpecFormat
 */
public final class ModelSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field   the offending field within the block ("temperature", "prices.inputPerMillion"), or "" for
     *                the block itself
     * @param problem what is wrong and what is allowed
     */
    public ModelSpecException(String field, String problem) {
        super((field.isEmpty() ? "" : field + ": ") + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
