package org.feedbackstudio.runtime.llm;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the machine offers a run's models: its environment variables (where keys come from), the folder of
 * the answer cache, and the account that totals the run's use. The scenario says which model; this says
 * where its answers are kept, so the same scenario replays on any machine that has the cache.
 *
 * @param variables environment variables by name (null when unset)
 * @param cacheDir  the answer cache's folder
 * @param account   totals of this run, read by the studio's status bar and the command line's summary
 */
public record ModelEnvironment(Function<String, String> variables, Path cacheDir, ModelAccount account) {
    private static final String FOLDER = "feedback-studio";

    public ModelEnvironment {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(account, "account");
    }

    /** The process's environment and the user's cache folder, with a fresh account. */
    public static ModelEnvironment system() {
        return new ModelEnvironment(System::getenv, defaultCacheDir(System::getenv, System.getProperty("user.home")),
                new ModelAccount());
    }

    /**
     * The answer cache in the user's cache folder: {@code $XDG_CACHE_HOME/feedback-studio/answers} when that
     * variable holds an absolute path (as the XDG base directory specification asks), else
     * {@code ~/.cache/feedback-studio/answers}.
     */
    public static Path defaultCacheDir(Function<String, String> variables, String home) {
        String xdg = variables.apply("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".cache");
        return base.resolve(FOLDER).resolve("answers");
    }

    public ModelEnvironment withCacheDir(Path dir) {
        return new ModelEnvironment(variables, dir, account);
    }

    public ModelEnvironment withAccount(ModelAccount newAccount) {
        return new ModelEnvironment(variables, cacheDir, newAccount);
    }

    public ModelEnvironment withVariables(Function<String, String> newVariables) {
        return new ModelEnvironment(newVariables, cacheDir, account);
    }
}
