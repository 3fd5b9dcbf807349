package org.marsad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One ACLED-coded event: one day, one place, one type (ACLED codebook, "Where and when"). Field names and
 * values follow ACLED's columns; {@code evidence} holds the sentences of the report that support it.
 */
public record Event(LocalDate eventDate, int timePrecision, String eventType, String subEventType,
                    String actor1, String assocActor1, String actor2, String assocActor2,
                    String inter1, String inter2, String civilianTargeting,
                    String country, int iso, String region, String admin1, String admin2, String admin3,
                    String location, double latitude, double longitude, int geoPrecision,
                    int fatalities, String notes, String source, double confidence, List<Mention> evidence) {

    public Event {
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(eventType, "eventType");
        if (timePrecision < 1 || timePrecision > 3) {
            throw new IllegalArgumentException("time precision must be 1, 2 or 3: " + timePrecision);
        }
        if (geoPrecision < 1 || geoPrecision > 3) {
            throw new IllegalArgumentException("geo precision must be 1, 2 or 3: " + geoPrecision);
        }
        if (fatalities < 0) {
            throw new IllegalArgumentException("fatalities must not be negative: " + fatalities);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
        evidence = List.copyOf(evidence);
    }
}
