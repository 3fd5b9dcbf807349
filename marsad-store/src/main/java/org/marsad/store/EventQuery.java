package org.marsad.store;

import java.time.LocalDate;

/**
 * Which stored events to return; every criterion left {@code null} matches all. Events an analyst deleted
 * are never returned. Results come in date order (then report, then the event's number in its report).
 *
 * @param actor    any of the event's actors, by ACLED name, name without its period, registry id or Arabic
 *                 name (see {@link ActorKeys})
 * @param type     the event type or sub-event type, ignoring case ({@code Battles}, {@code Air/drone strike})
 * @param from     first day, inclusive
 * @param to       last day, inclusive
 * @param box      where the event's coordinates must lie
 * @param admin1   the first-level unit (governorate), ignoring case ({@code Idleb})
 * @param limit    at most this many events; 0 for no limit
 * @param evidence whether to load each event's evidence sentences
 */
public record EventQuery(String actor, String type, LocalDate from, LocalDate to, BoundingBox box, String admin1,
                         int limit, boolean evidence) {

    public EventQuery {
        actor = blankToNull(actor);
        type = blankToNull(type);
        admin1 = blankToNull(admin1);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range starts (" + from + ") after it ends (" + to + ")");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("the limit must not be negative: " + limit);
        }
    }

    /** Every event. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, 0, false);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(a, type, from, to, box, admin1, limit, evidence);
    }

    public EventQuery withType(String t) {
        return new EventQuery(actor, t, from, to, box, admin1, limit, evidence);
    }

    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(actor, type, first, last, box, admin1, limit, evidence);
    }

    public EventQuery within(BoundingBox b) {
        return new EventQuery(actor, type, from, to, b, admin1, limit, evidence);
    }

    public EventQuery inAdmin1(String a) {
        return new EventQuery(actor, type, from, to, box, a, limit, evidence);
    }

    public EventQuery limitedTo(int n) {
        return new EventQuery(actor, type, from, to, box, admin1, n, evidence);
    }

    public EventQuery withEvidence(boolean e) {
        return new EventQuery(actor, type, from, to, box, admin1, limit, e);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
