package org.marsad.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's correction of one field of one event. It is kept as its own row and never lost: a
 * re-extraction applies it again to the new machine event with the same key (or, failing that, to the one
 * event of the report with the same date and place), and marks it {@link Status#UNATTACHED} when there is
 * no such event.
 *
 * @param id        UUID
 * @param reportHash the report of the event
 * @param eventKey  the event it applies to now
 * @param field     the corrected field
 * @param oldValue  the event's value before the correction
 * @param newValue  the analyst's value
 * @param analyst   who made it
 * @param reason    why, in the analyst's words (possibly empty)
 * @param createdAt when
 * @param status    whether it applies to an event now
 */
public record Correction(String id, String reportHash, String eventKey, CorrectionField field, String oldValue,
                         String newValue, String analyst, String reason, Instant createdAt, Status status) {

    /** Whether a correction applies to an event of the current extraction. */
    public enum Status {
        ATTACHED, UNATTACHED;

        String dbValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status ofDb(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Correction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(status, "status");
    }
}
