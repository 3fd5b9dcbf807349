package org.marsad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JVM started with this test JVM's class path, whose standard output is read line by line. */
final class ChildProcess implements AutoCloseable {

    private static final String EOF = "\u0000eof";

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    ChildProcess(Path stderr, Class<?> main, String... args) {
        this.stderr = stderr;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m", "-Dfile.encoding=UTF-8",
                // SQLite's native library goes next to stderr, not to /tmp where a killed JVM would leave it
                "-Dorg.sqlite.tmpdir=" + stderr.toAbsolutePath().getParent(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        try {
            process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed: its output ends here
            } finally {
                lines.add(EOF);
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits for a line equal to {@code expected}; false when the output ended or the time ran out first. */
    boolean awaitLine(String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                if (line != null) {
                    lines.add(EOF);
                }
                return false;
            }
            if (line.equals(expected)) {
                return true;
            }
        }
    }

    /** Kills the process as {@code kill -9} does and waits for it to be gone. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the child process did not die within 60 s of kill -9");
        }
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child process did not finish within " + timeout + "; stderr: " + errors());
        }
        return process.exitValue();
    }

    /** The lines the process printed that were not awaited. */
    List<String> remainingLines() {
        List<String> out = new ArrayList<>();
        lines.drainTo(out);
        out.remove(EOF);
        return out;
    }

    String errors() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
