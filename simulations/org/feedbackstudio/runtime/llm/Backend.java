package org.feedbackstudio.runtime.llm;

/** How the studio reaches a model. */
public enum Backend {
    /** Any server speaking OpenAI's chat completions: Ollama, llama.cpp's server, vLLM, LM Studio, OpenAI, Gemini. */
    OPENAI("openai"),
    /** Anthropic's Messages API. */
    ANTHROPIC("anthropic"),
    /** llama.cpp inside the studio's own process, on a GGUF file. */
    EMBEDDED("embedded");

    private final String word;

    Backend(String word) {
        this.word = word;
    }

    /** The name used in scenario files. */
    public String word() {
        return word;
    }

    public static Backend fromWord(String word) {
        for (Backend b : values()) {
            if (b.word.equals(word)) {
                return b;
            }
        }
        throw new IllegalArgumentException("no backend called " + word);
    }
}
