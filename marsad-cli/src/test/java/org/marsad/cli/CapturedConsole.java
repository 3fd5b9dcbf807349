package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code marsad} commands in-process with standard output and error captured; {@link #close} restores them. */
final class CapturedConsole implements AutoCloseable {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream savedOut = System.out;
    private final PrintStream savedErr = System.err;

    CapturedConsole() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs a command with fresh buffers; its exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Standard output read as JSON Lines. */
    List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : stdout().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(new ObjectMapper().readTree(line));
            }
        }
        return nodes;
    }

    @Override
    public void close() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }
}
