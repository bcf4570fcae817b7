package org.feedbackstudio.runtime.llm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run's access to its model: the machinery every model-driven simulator shares. It answers questions
 * from the cache when it can and asks the model otherwise; retries passing faults with backoff (honouring
 * Retry-After); re-asks a decision whose answer cannot be read, up to the scenario's {@code reasks}, then
 * falls back and counts it; sends a batch of questions together, at most {@code concurrency} at once; and
 * keeps the run's account. Answers come back in the order the questions were given, whatever order the
 * model answered in.
 *
 * <p>The model is opened on the first question the cache cannot answer, so a run that replays entirely from
 * the cache needs no server, no key and no GGUF file.
 */
public final class ModelSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelSession.class);

    /**
     * How long to wait between tries: what the server asked for (Retry-After, up to ten minutes), else an
     * exponential backoff from {@code first} up to {@code longest}.
     */
    public record Backoff(Duration first, Duration longest) {
        public static final Backoff STANDARD = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
        private static final Duration LONGEST_ASKED = Duration.ofMinutes(10);

        Duration before(int retry, Duration serverAsked) {
            if (serverAsked != null) {
                return serverAsked.compareTo(LONGEST_ASKED) > 0 ? LONGEST_ASKED : serverAsked;
            }
            long base = first.toMillis() << Math.min(retry, 16);
            long capped = Math.min(base, longest.toMillis());
            // Jitter spreads retries of concurrent calls; it changes timing only, never answers.
            return Duration.ofMillis((long) (capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble())));
        }
    }

    /** Opens a model for a session; for tests, a model given directly. */
    @FunctionalInterface
    public interface Opener {
        LanguageModel open() throws ModelException;
    }

    private final ModelSpec spec;
    private final Opener opener;
    private final AnswerCache cache;
    private final ModelAccount account;
    private final Backoff backoff;
    private final Sampling sampling;
    private LanguageModel model;
    private ModelException openFailure;
    private ExecutorService pool;

    public ModelSession(ModelSpec spec, Opener opener, AnswerCache cache, ModelAccount account, Backoff backoff) {
        this.spec = spec;
        this.opener = opener;
        this.cache = cache;
        this.account = account;
        this.backoff = backoff;
        this.sampling = spec.sampling();
    }

    /** A session for the scenario's model block in this environment. */
    public static ModelSession open(ModelSpec spec, ModelEnvironment environment) {
        return new ModelSession(spec, () -> LanguageModels.open(spec, environment),
                new AnswerCache(environment.cacheDir()), environment.account(), Backoff.STANDARD);
    }

    public ModelSpec spec() {
        return spec;
    }

    public ModelAccount account() {
        return account;
    }

    /** Settles one question on the calling thread. */
    public <T> Answer<T> ask(Question<T> question) {
        return settle(question);
    }

    /**
     * Settles every question, up to {@code concurrency} at once, and returns the answers in the questions'
     * order. When the model stops answering, the questions already answered are kept in the cache, the
     * others are left, and the first failure (in the questions' order) is thrown once all have finished.
     *
     * @throws ModelUnavailableException when a question could not be settled
     */
    public <T> List<Answer<T>> askAll(List<Question<T>> questions) {
        if (questions.size() <= 1 || spec.concurrency() == 1) {
            List<Answer<T>> answers = new ArrayList<>(questions.size());
            for (Question<T> q : questions) {
                answers.add(settle(q));
            }
            return answers;
        }
        ExecutorService executor = pool();
        List<Future<Answer<T>>> futures = new ArrayList<>(questions.size());
        for (Question<T> q : questions) {
            futures.add(executor.submit(() -> settle(q)));
        }
        List<Answer<T>> answers = new ArrayList<>(questions.size());
        RuntimeException first = null;
        for (Future<Answer<T>> f : futures) {
            try {
                answers.add(f.get());
            } catch (InterruptedException e) {
                futures.forEach(other -> other.cancel(true));
                Thread.currentThread().interrupt();
                throw new ModelUnavailableException("stopped while waiting for the model");
            } catch (ExecutionException e) {
                answers.add(null);
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (CancellationException e) {
                answers.add(null);
                if (first == null) {
                    first = new ModelUnavailableException("the call was cancelled");
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return answers;
    }

    private <T> Answer<T> settle(Question<T> question) {
        List<CallRecord> calls = new ArrayList<>();
        String why = "";
        for (int attempt = 0; attempt <= spec.reasks(); attempt++) {
            DecisionId id = question.decision().attempt(attempt);
            AnswerCache.Key key = AnswerCache.key(spec.model(), question.messages(), sampling, id);
            ChatReply reply = cache.get(key);
            boolean cached = reply != null;
            int retries = 0;
            if (cached) {
                account.cached(reply.usage());
            } else {
                Called called = call(new ChatRequest(question.messages(), sampling, seedOf(key)));
                reply = called.reply;
                retries = called.retries;
                cache.put(key, spec.model(), id, reply);
                account.called(reply.usage(), spec.prices());
            }
            Reading<T> reading = readSafely(question.reader(), reply.text());
            if (reading instanceof Reading.Read<T> read) {
                calls.add(new CallRecord(id, spec.model(), question.messages(), reply.text(), reply.usage(), retries,
                        cached, CallRecord.Outcome.READ, read.how()));
                return new Answer<>(read.value(), false, read.how(), calls);
            }
            why = ((Reading.Unreadable<T>) reading).why();
            boolean last = attempt == spec.reasks();
            calls.add(new CallRecord(id, spec.model(), question.messages(), reply.text(), reply.usage(), retries, cached,
                    last ? CallRecord.Outcome.FALLBACK : CallRecord.Outcome.REASKED, why));
            if (!last) {
                account.reasked();
            }
        }
        account.fellBack();
        return new Answer<>(null, true, why, calls);
    }

    private static <T> Reading<T> readSafely(AnswerReader<T> reader, String text) {
        try {
            return reader.read(text);
        } catch (RuntimeException e) {
            return Reading.unreadable("the answer could not be read: " + e);
        }
    }

    private record Called(ChatReply reply, int retries) {
    }

    private Called call(ChatRequest request) {
        LanguageModel m = model();
        for (int retry = 0; ; retry++) {
            try {
                return new Called(m.chat(request), retry);
            } catch (ModelException e) {
                if (!e.transientFault() || retry >= spec.retries()) {
                    throw new ModelUnavailableException(e, retry + 1);
                }
                account.retried();
                Duration wait = backoff.before(retry, e.retryAfter());
                LOG.debug("retrying in {} ms after: {}", wait.toMillis(), e.getMessage());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ModelUnavailableException("stopped while waiting to retry: " + e.getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelUnavailableException("stopped while waiting for the model");
            }
        }
    }

    private synchronized LanguageModel model() {
        if (model == null) {
            if (openFailure != null) {
                throw new ModelUnavailableException(openFailure, 1);
            }
            try {
                model = opener.open();
            } catch (ModelException e) {
                openFailure = e;
                throw new ModelUnavailableException(e, 1);
            }
        }
        return model;
    }

    /** A per-question seed for servers that honour one, from the key's hash. */
    private static long seedOf(AnswerCache.Key key) {
        return Long.parseUnsignedLong(key.hash().substring(0, 15), 16);
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(spec.concurrency(), r -> {
                Thread t = new Thread(r, "model-call-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** Cancels calls in flight and releases the model. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
        cache.close();
        if (model != null) {
            try {
                model.close();
            } catch (RuntimeException e) {
                LOG.warn("closing the model failed: {}", e.toString());
            }
            model = null;
        }
    }
}
