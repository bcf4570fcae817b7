package org.feedbackstudio.streams.data;

/** An IDX file that cannot be used: the file and what was wrong with it. */
public class IdxFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    public IdxFormatException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public IdxFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
