package org.feedbackstudio.runtime.llm;

import java.util.List;

/**
 * A language model: chat messages in, text out. Implementations are safe to call from several threads
 * at once (the embedded one answers one call at a time). A call blocks its thread; interrupting the thread
 * cancels the call.
 */
public interface LanguageModel extends AutoCloseable {

    /** The model's name as the scenario gives it (for the embedded backend, the GGUF file's path). */
    String name();

    /**
     * Asks for one answer.
     *
     * @throws ModelException when no answer came: the kind says whether trying again may help
     * @throws InterruptedException when the calling thread was interrupted; the call is cancelled
     */
    ChatReply chat(ChatRequest request) throws ModelException, InterruptedException;

    /**
     * The names of the models the server offers, for choosing one and for saying what it offers when a
     * name is unknown.
     *
     * @throws ModelException when the server cannot list them
     */
    List<String> availableModels() throws ModelException, InterruptedException;

    /** Releases connections, threads and native memory. */
    @Override
    void close();
}
