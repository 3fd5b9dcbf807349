package org.marsad.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What one {@link Ingestor#read} call did.
 *
 * @param inputs  inputs looked at: files (including those skipped whole) and stdin
 * @param reports reports delivered
 * @param skipped skipped inputs and records, per reason (reasons that never occurred are absent)
 */
public record IngestSummary(long inputs, long reports, Map<SkipReason, Long> skipped) {

    public IngestSummary {
        if (inputs < 0 || reports < 0) {
            throw new IllegalArgumentException("counts must not be negative: inputs=" + inputs + ", reports="
                    + reports);
        }
        Objects.requireNonNull(skipped, "skipped");
        EnumMap<SkipReason, Long> copy = new EnumMap<>(SkipReason.class);
        skipped.forEach((reason, n) -> {
            if (n > 0) {
                copy.put(reason, n);
            }
        });
        skipped = Map.copyOf(copy);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0L);
    }

    /** One line for a person, e.g. {@code 3 inputs read: 1282 reports, 2 skipped (1 empty, 1 malformed)}. */
    public String toLine() {
        StringBuilder s = new StringBuilder();
        s.append(inputs).append(inputs == 1 ? " input read: " : " inputs read: ")
                .append(reports).append(reports == 1 ? " report, " : " reports, ")
                .append(skippedTotal()).append(" skipped");
        if (skippedTotal() > 0) {
            StringJoiner reasons = new StringJoiner(", ", " (", ")");
            for (SkipReason reason : SkipReason.values()) {
                long n = skipped(reason);
                if (n > 0) {
                    reasons.add(n + " " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                }
            }
            s.append(reasons);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return toLine();
    }
}
