package org.feedbackstudio.runtime.llm;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import de.kherud.llama.args.LogFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * llama.cpp inside the studio's process (de.kherud:llama), on a GGUF file the user picks. The prompt is
 * built with the chat template the GGUF carries. One call at a time: llama.cpp decodes one sequence here.
 *
 * <p>Lifecycle: {@link #close} frees the model, but the library leaves a non-daemon native thread behind,
 * which keeps the JVM alive; the studio and the command line therefore end the process explicitly
 * ({@code System.exit}) rather than waiting for the last thread.
 */
public final class EmbeddedLlamaModel implements LanguageModel {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLlamaModel.class);
    private static final int CONTEXT_TOKENS = 4096;

    private final String name;
    private final Duration timeout;
    private LlamaModel model;

    /**
     * Loads the model.
     *
     * @throws ModelException (CONFIGURATION) when the file is missing, unreadable or not a GGUF file, or
     *                        llama.cpp cannot load it
     */
    public EmbeddedLlamaModel(String path, Duration timeout) throws ModelException {
        this.name = path;
        this.timeout = timeout;
        Path file = Path.of(path);
        checkGguf(file);
        LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> LOG.debug("llama.cpp {}: {}", level,
                message.strip()));
        try {
            model = new LlamaModel(new ModelParameters()
                    .setModel(file.toAbsolutePath().toString())
                    .setCtxSize(CONTEXT_TOKENS)
                    .setThreads(Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .setParallel(1)
                    .skipWarmup()
                    .disableLog());
        } catch (RuntimeException e) {
            throw new ModelException(ModelException.Kind.CONFIGURATION, "llama.cpp could not load " + path + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Refuses a path that is missing, unreadable, or whose first bytes are not GGUF's magic number. */
    static void checkGguf(Path file) throws ModelException {
        if (!Files.exists(file)) {
            throw new ModelException(ModelException.Kind.CONFIGURATION, "no GGUF file at " + file
                    + "; give the path of a model file (*.gguf) in model");
        }
        if (Files.isDirectory(file)) {
            throw new ModelException(ModelException.Kind.CONFIGURATION, file + " is a folder; give the path of a "
                    + "GGUF model file in it");
        }
        byte[] magic = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw new ModelException(ModelException.Kind.CONFIGURATION, "cannot read " + file + ": " + e.getMessage());
        }
        if (read < 4 || !new String(magic, StandardCharsets.ISO_8859_1).equals("GGUF")) {
            throw new ModelException(ModelException.Kind.CONFIGURATION, file + " is not a GGUF model file (it does "
                    + "not start with GGUF); llama.cpp reads .gguf files, e.g. converted with llama.cpp's tools");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized ChatReply chat(ChatRequest request) throws ModelException, InterruptedException {
        if (model == null) {
            throw new ModelException(ModelException.Kind.CONFIGURATION, "the model " + name + " is closed");
        }
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        StringBuilder system = new StringBuilder();
        List<Pair<String, String>> turns = new ArrayList<>();
        for (ChatMessage m : request.messages()) {
            if (m.role() == Role.SYSTEM) {
                system.append(system.length() == 0 ? "" : "\n\n").append(m.content());
            } else {
                turns.add(new Pair<>(m.role().id(), m.content()));
            }
        }
        String prompt = model.applyTemplate(new InferenceParameters("").setMessages(system.toString(), turns));
        int promptTokens = model.encode(prompt).length;
        Sampling s = request.sampling();
        int room = Math.max(1, CONTEXT_TOKENS - promptTokens - 1);
        InferenceParameters params = new InferenceParameters(prompt)
                .setTemperature((float) s.temperature())
                .setTopP((float) s.topP())
                .setNPredict(Math.min(s.maxTokens(), room))
                .setSeed((int) (request.seed() & 0x7fffffff))
                .setCachePrompt(false);
        if (!s.stop().isEmpty()) {
            params.setStopStrings(s.stop().toArray(String[]::new));
        }
        StringBuilder text = new StringBuilder();
        long outputs = 0;
        boolean lastEmpty = false;
        int limit = Math.min(s.maxTokens(), room);
        LlamaIterator it = (LlamaIterator) model.generate(params).iterator();
        try {
            while (it.hasNext()) {
                LlamaOutput out = it.next();
                text.append(out.text);
                outputs++;
                lastEmpty = out.text.isEmpty();
                if (Thread.currentThread().isInterrupted()) {
                    it.cancel();
                    throw new InterruptedException("cancelled");
                }
                if (System.nanoTime() > deadline) {
                    it.cancel();
                    throw new ModelException(ModelException.Kind.TIMEOUT, "the embedded model " + name + " did not "
                            + "finish within " + timeout.toSeconds() + " s (timeoutSeconds)");
                }
            }
        } catch (RuntimeException e) {
            throw new ModelException(ModelException.Kind.MALFORMED, "llama.cpp failed while answering: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        // The stream ends with a marker that carries no token of its own.
        long tokens = Math.min(limit, lastEmpty ? outputs - 1 : outputs);
        return new ChatReply(text.toString(), new Usage(promptTokens, tokens, System.nanoTime() - start));
    }

    @Override
    public List<String> availableModels() {
        return List.of(name);
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
