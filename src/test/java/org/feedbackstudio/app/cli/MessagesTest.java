package org.feedbackstudio.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.feedbackstudio.app.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refusals say what was wrong and where, in words, on one line, followed by where to read more. */
class MessagesTest {
    @TempDir
    Path dir;

    private static String[] lines(CliTest.Result r) {
        assertEquals(2, r.code(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(2, lines.length, r.err());
        return lines;
    }

    @Test
    void anOptionErrorIsOneLineAndAPointerToHelpNotTheUsage() {
        String[] missing = lines(cli("sweep", "preset:walk/uphill", "--vary", "steps=1,2"));
        assertEquals("error: Missing required option: '--out=DIR'", missing[0]);
        assertEquals("see: feedback-studio sweep --help", missing[1]);
        String[] unknown = lines(cli("run", "preset:walk/uphill", "--evry", "3"));
        assertTrue(unknown[0].contains("--evry"), unknown[0]);
        assertEquals("see: feedback-studio run --help", unknown[1]);
        String[] number = lines(cli("sweep", "preset:walk/uphill", "--seeds", "five", "--out", "x"));
        assertTrue(number[0].contains("--seeds") && number[0].contains("five"), number[0]);
    }

    @Test
    void malformedJsonIsDescribedWithoutEchoingTheFileOrTheParsersNames() throws IOException {
        Path file = dir.resolve("long.json");
        Files.writeString(file, "{\"simulator\": \"walk\", \"seed\": " + "x".repeat(600) + "}");
        String[] l = lines(cli("run", file.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(l[0].startsWith("error: " + file + ":1:"), l[0]);
        assertTrue(l[0].contains("malformed JSON: unexpected word xxxxx"), l[0]);
        assertTrue(l[0].length() < 250, "not an echo of the file: " + l[0].length());
        assertFalse(l[0].contains("Source") || l[0].contains("REDACTED") || l[0].contains("JsonToken"), l[0]);

        Files.writeString(file, "{\"simulator\": \"walk\"\n \"seed\": 1}");
        String[] comma = lines(cli("run", file.toString()));
        assertTrue(comma[0].contains(file + ":2:2: malformed JSON: unexpected '\"'; expected a comma or } after a "
                + "field"), comma[0]);

        Files.writeString(file, "{\"simulator\": \"walk\", \"seed\": 1");
        String[] end = lines(cli("run", file.toString()));
        assertTrue(end[0].contains("the text ends before the JSON is complete"), end[0]);
    }

    @Test
    void aFileThatIsNotUtf8SaysSoAndWhere() throws IOException {
        Path file = dir.resolve("latin1.json");
        byte[] text = "{\"simulator\": \"walk\",\n \"name\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, text);
        String[] l = lines(cli("run", file.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(l[0].contains(file + ":2: is not UTF-8 text (byte 0xE9 at byte 14 of line 2"), l[0]);
        assertFalse(l[0].contains("Input length"), l[0]);
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void anErrorRaisedAsTheRunStartsNamesTheFileAndTheField() throws IOException {
        Path file = dir.resolve("refusing.json");
        Files.writeString(file, "{\"simulator\": \"walk\", \"parameters\": {\"refuseStart\": true}}");
        String[] l = lines(cli("run", file.toString(), "--out", dir.resolve("o").toString()));
        assertEquals("error: " + file + ": parameters.refuseStart: refused as asked", l[0]);
    }

    @Test
    void outputFolderErrorsGiveTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("w.json"), "{\"simulator\": \"walk\"}");
        Path blocker = Files.writeString(dir.resolve("blocker"), "");
        String[] l = lines(cli("run", file.toString(), "--out", blocker.resolve("inside").toString()));
        assertTrue(l[0].contains("cannot be created: " + blocker + " is a file, not a folder"), l[0]);
    }
}
