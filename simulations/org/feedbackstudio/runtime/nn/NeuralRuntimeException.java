package org.feedbackstudio.runtime.nn;

/** The neural runtime cannot run: its native library is missing or failed to load. */
public class NeuralRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NeuralRuntimeException(String message) {
        super(message);
    }

    public NeuralRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
