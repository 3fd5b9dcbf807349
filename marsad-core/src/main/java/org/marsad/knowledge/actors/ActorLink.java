package org.marsad.knowledge.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated relation between two registry actors: "source TYPE target".
 *
 * <p>Dates in the data may be a year or a month; {@code from} then holds the first day of that period and
 * {@code to} its last day, so that "2017" as an end date still covers December 2017.
 *
 * @param from first day the link holds, or {@code null} when unknown
 * @param to   last day the link holds, or {@code null} when it still holds or is unknown
 * @param note free text, or empty
 */
public record ActorLink(String sourceId, LinkType type, String targetId, LocalDate from, LocalDate to, String note) {

    public ActorLink {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(targetId, "targetId");
        if (sourceId.equals(targetId)) {
            throw new IllegalArgumentException("an actor cannot be linked to itself: id=" + sourceId);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "link ends before it starts: " + sourceId + " " + type + " " + targetId + ", from=" + from + ", to=" + to);
        }
        note = note == null ? "" : note;
    }

    /** Whether the link holds on {@code day}; unknown ends are taken as open. */
    public boolean holdsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
