package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output is a terminal, so that a binary format is not written there. {@link System#console()}
 * answers only when standard input is a terminal too; on Linux the target of {@code /proc/self/fd/1} answers
 * when it is not ({@code marsad export … - < reports.jsonl}).
 */
final class Terminal {

    private Terminal() {
    }

    static boolean isStandardOutput() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
