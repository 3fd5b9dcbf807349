package org.marsad.incident;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.geocode.Distance;
import org.marsad.model.Event;
import org.marsad.text.ArabicNormalizer;

/**
 * Groups the events that several reports tell into incidents: one real-world event, every report's reading
 * of it kept. A pure function: the same readings give the same incidents whatever their order.
 *
 * <p>Two readings are <em>compatible</em> when they come from different reports, have the same event type and
 * compatible sub-types ({@link SubEventTypes}), lie at most {@code maxDays} apart (1 by default), lie at most
 * {@code maxKm} apart (10 km by default) or name the same location in the same admin1 and country, and share
 * an identifying actor or leave one side's actors unknown ({@link ActorKeys}).
 *
 * <p>Complete link: a reading joins an incident only when it is compatible with <em>every</em> reading already
 * in it, so a chain of near neighbours never glues far-apart events together: within an incident every two
 * readings are at most {@code maxKm} and {@code maxDays} apart. Readings are taken in a canonical order (date,
 * geo precision, event type, report id, event number), so the founding reading of an incident is its earliest
 * and, on that day, most precise one. A reading that fits several incidents joins the one whose founding
 * reading is nearest (then the earliest founded).
 *
 * <p>The incident's fields follow ACLED: the earliest date, the lowest stated toll, the most precise location
 * (see {@link Incident}).
 */
public final class IncidentMerger {

    /** The default distance within which two readings may be one event, in km. */
    public static final double DEFAULT_MAX_KM = 10.0;
    /** The default number of days two readings of one event may lie apart. */
    public static final int DEFAULT_MAX_DAYS = 1;

    private static final Comparator<Reading> CANONICAL = Comparator
            .comparing((Reading r) -> r.event().eventDate())
            .thenComparingInt(r -> r.event().geoPrecision())
            .thenComparing(r -> r.event().eventType())
            .thenComparing(r -> r.reported.reportId())
            .thenComparingInt(r -> r.reported.number());

    private final double maxKm;
    private final int maxDays;

    /** A merger with the default limits: 10 km, 1 day. */
    public IncidentMerger() {
        this(DEFAULT_MAX_KM, DEFAULT_MAX_DAYS);
    }

    public IncidentMerger(double maxKm, int maxDays) {
        if (!(maxKm >= 0) || maxDays < 0) {
            throw new IllegalArgumentException("limits must not be negative: " + maxKm + " km, " + maxDays + " days");
        }
        this.maxKm = maxKm;
        this.maxDays = maxDays;
    }

    /**
     * The incidents that {@code readings} tell, by date (then founding reading).
     *
     * @throws IllegalArgumentException when two different readings share a report id and event number
     */
    public List<Incident> merge(Collection<ReportedEvent> readings) {
        List<Reading> ordered = distinct(readings);
        ordered.sort(CANONICAL);
        List<List<Reading>> incidents = new ArrayList<>();
        List<List<Reading>> open = new ArrayList<>();
        for (Reading r : ordered) {
            open.removeIf(members -> ChronoUnit.DAYS.between(members.get(0).event().eventDate(),
                    r.event().eventDate()) > maxDays);
            List<Reading> best = null;
            double bestKm = Double.POSITIVE_INFINITY;
            for (List<Reading> members : open) {
                if (members.stream().allMatch(m -> compatible(m, r))) {
                    double km = km(members.get(0), r);
                    if (km < bestKm) {
                        best = members;
                        bestKm = km;
                    }
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                incidents.add(best);
                open.add(best);
            }
            best.add(r);
        }
        List<Incident> out = new ArrayList<>(incidents.size());
        for (List<Reading> members : incidents) {
            out.add(incident(members));
        }
        return out;
    }

    private boolean compatible(Reading a, Reading b) {
        Event x = a.event();
        Event y = b.event();
        return !a.reported.reportId().equals(b.reported.reportId())
                && x.eventType().equals(y.eventType())
                && SubEventTypes.compatible(x.subEventType(), y.subEventType())
                && Math.abs(ChronoUnit.DAYS.between(x.eventDate(), y.eventDate())) <= maxDays
                && (km(a, b) <= maxKm || samePlaceName(x, y))
                && ActorKeys.overlap(a.actors, b.actors);
    }

    private static double km(Reading a, Reading b) {
        return Distance.km(a.event().latitude(), a.event().longitude(), b.event().latitude(), b.event().longitude());
    }

    private static boolean samePlaceName(Event x, Event y) {
        String location = key(x.location());
        return !location.isEmpty() && location.equals(key(y.location()))
                && key(x.admin1()).equals(key(y.admin1())) && key(x.country()).equals(key(y.country()));
    }

    private static String key(String s) {
        return s == null ? "" : ArabicNormalizer.key(s);
    }

    private static Incident incident(List<Reading> members) {
        Reading founder = members.get(0);
        Reading precise = founder;
        int lowestToll = 0;
        Map<String, Integer> subTypes = new LinkedHashMap<>();
        for (Reading r : members) {
            Event e = r.event();
            if (e.geoPrecision() < precise.event().geoPrecision()) {
                precise = r;
            }
            if (e.fatalities() > 0 && (lowestToll == 0 || e.fatalities() < lowestToll)) {
                lowestToll = e.fatalities();
            }
            if (e.subEventType() != null && !e.subEventType().isBlank()) {
                subTypes.merge(e.subEventType(), 1, Integer::sum);
            }
        }
        String subType = founder.event().subEventType();
        int votes = subTypes.getOrDefault(subType, 0);
        for (Map.Entry<String, Integer> v : subTypes.entrySet()) {
            if (v.getValue() > votes) {
                subType = v.getKey();
                votes = v.getValue();
            }
        }
        Event p = precise.event();
        return new Incident(founder.reported.key(), founder.event().eventType(), subType,
                founder.event().eventDate(), lowestToll, p.location(), p.latitude(), p.longitude(), p.geoPrecision(),
                p.country(), p.admin1(), p.admin2(), p.admin3(),
                members.stream().map(r -> r.reported).toList());
    }

    private static List<Reading> distinct(Collection<ReportedEvent> readings) {
        Map<String, ReportedEvent> byKey = new HashMap<>();
        List<Reading> out = new ArrayList<>(readings.size());
        for (ReportedEvent r : readings) {
            Objects.requireNonNull(r, "a reading is null");
            ReportedEvent seen = byKey.putIfAbsent(r.key(), r);
            if (seen == null) {
                out.add(new Reading(r, ActorKeys.of(r.event())));
            } else if (!seen.equals(r)) {
                throw new IllegalArgumentException("two different readings are both " + r.key()
                        + ": event numbers must be unique within a report");
            }
        }
        return out;
    }

    /** A reading with its identifying actors worked out once. */
    private record Reading(ReportedEvent reported, Set<String> actors) {
        Event event() {
            return reported.event();
        }
    }
}
