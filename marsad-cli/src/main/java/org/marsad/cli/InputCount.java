package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How many reports the inputs of an ingest probably hold, for the progress bar's length: one per file,
 * one per non-blank line of a {@code .jsonl}/{@code .ndjson} file, hidden entries left out as the reader
 * leaves them out. Feeds and JSON arrays count as one; the bar grows when there are more.
 */
final class InputCount {

    private InputCount() {
    }

    /** The estimate, or -1 when an input is standard input. */
    static long estimate(List<String> inputs) {
        long n = 0;
        for (String input : inputs) {
            if (input.equals("-")) {
                return -1;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    n += files.filter(f -> Files.isRegularFile(f) && !hidden(p, f)).mapToLong(InputCount::reports).sum();
                } catch (IOException | UncheckedIOException e) {
                    return -1;
                }
            } else if (Files.isRegularFile(p)) {
                n += reports(p);
            }
        }
        return n;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static long reports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
            return 1;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return in.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }
}
