package org.feedbackstudio.runtime.llm;

/**
 * The model stopped answering and a run cannot go on: a fault that persisted through the retries, or one
 * that retrying cannot mend (an unknown model, a refused key). Everything answered before it is in the
 * cache, so the run resumes from there when started again.
 */
public final class ModelUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ModelException.Kind kind;

    public ModelUnavailableException(ModelException cause, int tries) {
        super(cause.getMessage() + (tries > 1 ? " (" + tries + " tries)" : ""), null, false, false);
        this.kind = cause.kind();
    }

    public ModelUnavailableException(String message) {
        super(message, null, false, false);
        this.kind = ModelException.Kind.CONNECTION;
    }

    public ModelException.Kind kind() {
        return kind;
    }
}
