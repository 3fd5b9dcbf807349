package org.marsad.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event as several reports tell it. The incident's own fields follow ACLED's rules for
 * sources that disagree; every report's reading is kept as it was.
 *
 * @param id           the key of the founding reading ({@code reportId#number}); stable while no earlier or
 *                     more precise reading of the same incident arrives
 * @param eventType    the ACLED event type all readings share
 * @param subEventType the sub-event type most readings give (ties: the founding reading's)
 * @param date         the earliest date any reading gives
 * @param fatalities   the lowest toll any reading states (ACLED: the most conservative figure); 0 when none does
 * @param location     the location of the most precise reading (lowest {@code geo_precision})
 * @param latitude     its latitude
 * @param longitude    its longitude
 * @param geoPrecision its geo precision
 * @param country      its country
 * @param admin1       its first-level unit
 * @param admin2       its second-level unit
 * @param admin3       its third-level unit
 * @param readings     every report's reading, founding reading first, then by date, precision and report
 */
public record Incident(String id, String eventType, String subEventType, LocalDate date, int fatalities,
                       String location, double latitude, double longitude, int geoPrecision, String country,
                       String admin1, String admin2, String admin3, List<ReportedEvent> readings) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        readings = List.copyOf(readings);
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("an incident needs at least one reading: " + id);
        }
    }

    /** The ids of the reports that tell this incident, in reading order, each once. */
    public List<String> reportIds() {
        return readings.stream().map(ReportedEvent::reportId).distinct().toList();
    }
}
