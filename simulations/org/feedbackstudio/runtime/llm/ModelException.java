package org.feedbackstudio.runtime.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * A model gave no answer. The message says what happened in words a user can act on, and never holds
 * an API key (messages from servers are scrubbed of it before they get here).
 */
public final class ModelException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong; {@link #transientFault()} says whether the same call may succeed later. */
    public enum Kind {
        /** HTTP 429: the server asks to slow down, maybe saying for how long (Retry-After). */
        RATE_LIMITED(true),
        /** HTTP 5xx: the server failed. */
        SERVER_ERROR(true),
        /** No complete answer within the timeout. */
        TIMEOUT(true),
        /** Nobody listens at the address, or the connection broke. */
        CONNECTION(true),
        /** An answer that is not the protocol's JSON, or has no text where the text should be. */
        MALFORMED(true),
        /** The server does not know the model's name. */
        UNKNOWN_MODEL(false),
        /** The server refused the key (HTTP 401, 403), or a key is needed and missing. */
        AUTHENTICATION(false),
        /** The server refused the request (another HTTP 4xx). */
        REJECTED(false),
        /** The settings cannot work: a missing GGUF file, a key that would travel unencrypted, a bad URL. */
        CONFIGURATION(false);

        private final boolean transientFault;

        Kind(boolean transientFault) {
            this.transientFault = transientFault;
        }

        public boolean transientFault() {
            return transientFault;
        }
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ModelException(Kind kind, String message) {
        this(kind, message, null);
    }

    /**
     * @param retryAfter how long the server asked to wait before trying again, or null
     */
    public ModelException(Kind kind, String message, Duration retryAfter) {
        super(message, null, false, false); // no stack trace: the message says it all, and nothing leaks
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public boolean transientFault() {
        return kind.transientFault();
    }

    /** The wait the server asked for (HTTP Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
