package org.feedbackstudio.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the text files a user gives (scenarios, experiments), saying plainly what is wrong with one. */
public final class TextFiles {
    /** Larger files are not scenarios or experiments; refusing them keeps memory bounded. */
    public static final long MAX_BYTES = 16L << 20;

    private TextFiles() {
    }

    /**
     * The file's text, decoded as UTF-8.
     *
     * @throws ScenarioException when it does not exist, cannot be read, is too large, or is not UTF-8
     *                           (naming the line and byte of the first bad byte)
     */
    public static String readUtf8(Path file, String source) throws ScenarioException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(source, null, "is a folder, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(source, null, "is " + Files.size(file) / (1 << 20) + " MB; a scenario "
                        + "or experiment file is at most " + (MAX_BYTES >> 20) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(source, null, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new ScenarioException(source, null, "cannot read the file: " + Outputs.reason(e));
        }
        return decode(bytes, source);
    }

    /** Decodes UTF-8 strictly; a leading byte-order mark is dropped. */
    public static String decode(byte[] bytes, String source) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ScenarioException(source, null, line, 0, String.format(java.util.Locale.ROOT,
                    "is not UTF-8 text (byte 0x%02X at byte %d of line %d cannot start or continue a UTF-8 "
                            + "character); save the file as UTF-8", bytes[at] & 0xFF, at - lineStart + 1, line));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
