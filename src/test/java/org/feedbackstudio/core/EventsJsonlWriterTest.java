package org.feedbackstudio.core;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventsJsonlWriterTest {

    @Test
    void keysComeInAFixedOrderWhateverMapTheEventUsed() throws Exception {
        Map<String, Object> built = new LinkedHashMap<>();
        built.put("zeta", 1);
        built.put("alpha", 2);
        // Map.of iterates in an order that changes between JVM runs; the file must not.
        Map<String, Object> data = Map.of("f", 6, "b", 2, "e", 5, "a", 1, "d", 4,
                "c", Map.of("y", List.of(Map.of("q", 1, "p", 2)), "x", built));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EventsJsonlWriter writer = new EventsJsonlWriter(out, null, 0, 0)) {
            writer.event(new SimEvent(3, "k", "text", data));
            writer.flush();
        }
        assertEquals("{\"tick\":3,\"kind\":\"k\",\"text\":\"text\",\"a\":1,\"b\":2,"
                + "\"c\":{\"x\":{\"zeta\":1,\"alpha\":2},\"y\":[{\"p\":2,\"q\":1}]},\"d\":4,\"e\":5,\"f\":6}\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
