package org.feedbackstudio.runtime.llm;

import org.feedbackstudio.core.Choice;

/** How the studio reaches a model. */
public enum Backend implements Choice {
    /** Any server speaking OpenAI's chat completions: Ollama, llama.cpp's server, vLLM, LM Studio, OpenAI, Gemini. */
    OPENAI("openai"),
    /** Anthropic's Messages API. */
    ANTHROPIC("anthropic"),
    /** llama.cpp inside the studio's own process, on a GGUF file. */
    EMBEDDED("embedded");

    private final String id;

    Backend(String id) {
        this.id = id;
    }

    /** The name used in scenario files. */
    @Override
    public String id() {
        return id;
    }
}
