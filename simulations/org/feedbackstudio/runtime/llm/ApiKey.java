package org.feedbackstudio.runtime.llm;

import java.util.Objects;
import java.util.function.Function;

/**
 * A key read from the environment. It goes into one request header and nowhere else: {@link #toString}
 * hides it, and {@link #scrub} removes it from any text that came back from a server before that text
 * reaches a message, a log or a file.
 */
public final class ApiKey {
    private final String variable;
    private final String value;

    private ApiKey(String variable, String value) {
        this.variable = variable;
        this.value = value;
    }

    /**
     * Reads the key from the named environment variable.
     *
     * @throws ModelException when the variable is unset or empty
     */
    public static ApiKey fromEnvironment(String variable, Function<String, String> environment)
            throws ModelException {
        Objects.requireNonNull(variable, "variable");
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new ModelException(ModelException.Kind.AUTHENTICATION, "the environment variable " + variable
                    + " should hold the API key but is not set; set it before starting the studio, or change "
                    + "apiKeyEnv");
        }
        return new ApiKey(variable, value.strip());
    }

    /** The variable's name (safe to show). */
    public String variable() {
        return variable;
    }

    /** The key itself, for the request header only. */
    String value() {
        return value;
    }

    /** The text with every occurrence of the key replaced by the variable's name in brackets. */
    public String scrub(String text) {
        if (text == null || value.length() < 4) {
            return text;
        }
        return text.replace(value, "[" + variable + "]");
    }

    @Override
    public String toString() {
        return "ApiKey[" + variable + ", hidden]";
    }
}
