package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A constant of a closed set that scenarios, events and texts name by a word ("image-scoring",
 * "batched-exp3", "seller"). Enums implement it and share one lookup instead of each writing its own.
 */
public interface Choice {

    /** The word for this constant in scenario files, events and texts. */
    String id();

    /**
     * The constant of {@code type} with this id (ignoring case, as people write it).
     *
     * @throws IllegalArgumentException naming the kind of choice and the ids there are
     */
    static <E extends Enum<E> & Choice> E byId(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equalsIgnoreCase(id.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("no " + kind(type) + " called \"" + id + "\"; known: "
                + String.join(", ", ids(type)));
    }

    /** Every id of {@code type}, in declaration order: the choices of a {@link Parameter#choice} parameter. */
    static <E extends Enum<E> & Choice> List<String> ids(Class<E> type) {
        List<String> ids = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            ids.add(e.id());
        }
        return List.copyOf(ids);
    }

    /** "AdversaryKind" → "adversary kind", for messages. */
    private static String kind(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
