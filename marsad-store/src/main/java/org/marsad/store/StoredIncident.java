package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event as the stored reports tell it: several reports' readings grouped by
 * {@link org.marsad.incident.IncidentMerger}, each reading kept as its report gave it. The incident's own
 * fields follow ACLED's rules for sources that disagree.
 *
 * @param key          the event key of its founding reading (its earliest and, that day, most precise)
 * @param date         the earliest date a reading gives
 * @param eventType    the event type every reading has
 * @param subEventType the sub-event type most readings give
 * @param fatalities   the lowest toll a reading states (ACLED's conservative figure); 0 when none states one
 * @param location     the place of the most precise reading
 * @param latitude     its latitude
 * @param longitude    its longitude
 * @param geoPrecision its geo precision
 * @param country      its country
 * @param admin1       its first-level unit
 * @param admin2       its second-level unit
 * @param admin3       its third-level unit
 * @param readings     every report's reading, founding reading first
 */
public record StoredIncident(String key, LocalDate date, String eventType, String subEventType, int fatalities,
                             String location, double latitude, double longitude, int geoPrecision, String country,
                             String admin1, String admin2, String admin3, List<Reading> readings) {

    /**
     * One report's reading of the incident.
     *
     * @param event  the event as stored for that report (corrections applied)
     * @param source the report's publisher, or {@code null}
     */
    public record Reading(StoredEvent event, String source) {

        public Reading {
            Objects.requireNonNull(event, "event");
        }
    }

    public StoredIncident {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(eventType, "eventType");
        readings = List.copyOf(readings);
    }

    /** The ids of the reports that tell it, founding report first, each once. */
    public List<String> articleIds() {
        return readings.stream().map(r -> r.event().articleId()).distinct().toList();
    }

    /** The publishers that tell it, in reading order, each once (reports without one left out). */
    public List<String> sources() {
        return readings.stream().map(Reading::source).filter(Objects::nonNull).distinct().toList();
    }
}
