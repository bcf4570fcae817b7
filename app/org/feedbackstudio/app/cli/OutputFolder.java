package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Outputs;
import org.feedbackstudio.core.ScenarioException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder given to {@code --out}: checked before anything is run or written (a name, not a file,
 * reachable, writable), and created only once the work can start. Whatever it had to create is removed
 * again if the command is refused after all, so a refusal leaves nothing behind.
 */
final class OutputFolder {
    private final Path given;
    private final Path target;
    private Path firstCreated;

    private OutputFolder(Path given, Path target) {
        this.given = given;
        this.target = target;
    }

    /**
     * Checks {@code out} without creating anything.
     *
     * @throws ScenarioException naming the folder and the reason ("permission denied", "is a file")
     */
    static OutputFolder check(Path out) throws ScenarioException {
        String where = "--out " + out;
        if (out.toString().isBlank()) {
            throw new ScenarioException("--out", null, "empty; name the output folder, e.g. --out runs/first");
        }
        // "x/a/../b" goes through x/a: the system refuses it when x/a does not exist, so say so now.
        Path walked = out.getRoot();
        for (Path part : out) {
            if (part.toString().equals("..")) {
                Path through = walked == null ? Path.of("") : walked;
                if (!through.toString().isEmpty() && !Files.isDirectory(through)) {
                    throw new ScenarioException(where, null, through + " does not exist, so the path cannot go "
                            + "through it and back (..); name the folder without .., e.g. --out "
                            + out.toAbsolutePath().normalize());
                }
            }
            walked = walked == null ? part : walked.resolve(part);
        }
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new ScenarioException(where, null, "is a file, not a folder; choose a folder (a new one is "
                        + "created)");
            }
            if (!Files.isWritable(target) || !Files.isExecutable(target)) {
                throw new ScenarioException(where, null, "cannot be written: permission denied");
            }
            return new OutputFolder(out, target);
        }
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null) {
            if (!Files.isDirectory(existing)) {
                throw new ScenarioException(where, null, "cannot be created: " + existing + " is a file, not a folder");
            }
            if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
                throw new ScenarioException(where, null, "cannot be created in " + existing + ": permission denied");
            }
        }
        return new OutputFolder(out, target);
    }

    Path path() {
        return target;
    }

    /** Creates the folder (and its missing parents), remembering what it created. */
    Path create() throws ScenarioException {
        Path first = target;
        while (first.getParent() != null && !Files.exists(first.getParent())) {
            first = first.getParent();
        }
        boolean existed = Files.exists(target);
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new ScenarioException("--out " + given, null, "cannot be created: " + Outputs.reason(e));
        }
        if (!existed) {
            firstCreated = first;
        }
        return target;
    }

    /** Removes what {@link #create} made (a refusal after all); files the user had are never touched. */
    void discard() {
        if (firstCreated == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(firstCreated)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: what cannot be removed stays, and the refusal is still reported
                }
            });
        } catch (IOException ignored) {
            // as above
        }
        firstCreated = null;
    }
}
