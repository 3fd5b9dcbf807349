package org.marsad.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.model.Event;
import org.marsad.model.Extraction;

/**
 * One report's reading of an event: the event as Marsad extracted it from that report, with where it came from.
 *
 * @param reportId the report's id
 * @param number   the event's number in its report, from 1 (as in ACLED CSV's {@code event_id_cnty})
 * @param source   the publisher, or {@code null}
 * @param url      where the report was published, or {@code null}
 * @param event    the event as this report tells it
 */
public record ReportedEvent(String reportId, int number, String source, String url, Event event) {

    public ReportedEvent {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(event, "event");
        if (number < 1) {
            throw new IllegalArgumentException("event numbers start at 1: " + number + " in report " + reportId);
        }
    }

    /** Every event of {@code x}, numbered in the report's order. */
    public static List<ReportedEvent> of(Extraction x) {
        List<ReportedEvent> out = new ArrayList<>(x.events().size());
        for (Event e : x.events()) {
            out.add(new ReportedEvent(x.report().id(), out.size() + 1, x.report().source(), x.report().url(), e));
        }
        return out;
    }

    /** {@code reportId#number}: unique among the readings given to one merge. */
    public String key() {
        return reportId + "#" + number;
    }
}
