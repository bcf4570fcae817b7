package org.feedbackstudio.runtime.llm;

import java.net.URI;
import java.util.List;

/** The message for a model name a server does not know, listing what it offers where it can. */
final class Offered {
    private static final int LISTED = 30;

    private Offered() {
    }

    static ModelException unknownModel(String model, URI base, JsonHttp.Failure f, LanguageModel lister)
            throws InterruptedException {
        String said = f.message().isEmpty() ? "" : " (HTTP " + f.status() + ": " + f.message() + ")";
        String offers;
        try {
            List<String> names = lister.availableModels();
            offers = names.isEmpty() ? "it lists no models"
                    : "it offers: " + String.join(", ", names.subList(0, Math.min(LISTED, names.size())))
                    + (names.size() > LISTED ? ", … (" + names.size() + " in all)" : "");
        } catch (ModelException e) {
            offers = "it did not say which models it offers";
        }
        return new ModelException(ModelException.Kind.UNKNOWN_MODEL, "the server at " + base
                + " does not know the model \"" + model + "\"" + said + "; " + offers);
    }
}
