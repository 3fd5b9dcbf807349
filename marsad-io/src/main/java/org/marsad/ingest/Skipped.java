package org.marsad.ingest;

import java.util.Objects;

/**
 * An input, or one record of it, that gave no report.
 *
 * @param input  the file path, {@code path:line} for a JSON Lines record, {@code path#n} for the n-th item of a
 *               feed or JSON array, or {@code <stdin>}
 * @param reason why it was skipped
 * @param detail what exactly was wrong, for a person to read
 */
public record Skipped(String input, SkipReason reason, String detail) {

    public Skipped {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return input + ": " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
