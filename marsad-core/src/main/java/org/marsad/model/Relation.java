package org.marsad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A relation between two actors stated or implied by a report, with the sentences that show it. */
public record Relation(RelationType type, String source, String target, LocalDate date, double confidence,
                       List<Mention> evidence) {

    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
        evidence = List.copyOf(evidence);
    }
}
