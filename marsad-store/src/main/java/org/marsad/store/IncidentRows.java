package org.marsad.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentMerger;
import org.marsad.incident.ReportedEvent;
import org.marsad.model.Event;

/**
 * Keeps the incident tables in step with the events, inside the caller's write transaction, so that every
 * event that is not deleted belongs to exactly one incident.
 *
 * <p>When events of some type are stored, re-extracted or corrected on some days, the incidents are worked
 * out again around them: the window is those days widened by the merger's reach (1 day) on each side; the
 * incidents of that type with a reading in the window are dissolved (the window widening to their readings'
 * days), and the events of that type in the window that now belong to no incident are merged by
 * {@link IncidentMerger} and stored as incidents. Incidents elsewhere are left alone. The readings of an
 * incident are the events of distinct reports (keyed by report hash, as article ids may repeat).
 */
final class IncidentRows {

    private static final IncidentMerger MERGER = new IncidentMerger();
    /** How many days apart two readings of one incident may lie. */
    private static final int REACH = IncidentMerger.DEFAULT_MAX_DAYS;
    /** The most days whose events are merged in one go (a long run of days is worked through window by window). */
    private static final int MAX_SPAN = 62;
    private static final int IN_LIST = 500;
    private static final String READING = "SELECT e.*, r.report_hash, r.article_id, r.url, s.name AS source_name,"
            + " x.version AS extractor_version FROM event e JOIN report r ON r.report_id = e.report_id"
            + " LEFT JOIN source s ON s.source_id = r.source_id JOIN extractor x ON x.extractor_id = e.extractor_id";
    private static final String UNASSIGNED = "e.deleted = 0 AND NOT EXISTS"
            + " (SELECT 1 FROM incident_reading ir WHERE ir.event_id = e.event_id)";

    /** An event type on a day: where incidents must be worked out again. */
    record Seed(String type, LocalDate date) {
    }

    private IncidentRows() {
    }

    /** The event type and day of each of {@code events}. */
    static Set<Seed> seeds(Collection<Event> events) {
        Set<Seed> seeds = new LinkedHashSet<>();
        for (Event e : events) {
            seeds.add(new Seed(e.eventType(), e.eventDate()));
        }
        return seeds;
    }

    /** The event type and day of each event of a report, as stored now. */
    static Set<Seed> seedsOfReport(Handle h, long reportId) {
        return new LinkedHashSet<>(h.createQuery("SELECT DISTINCT event_type, event_date FROM event WHERE report_id = ?")
                .bind(0, reportId).map((rs, cx) -> new Seed(rs.getString(1), LocalDate.parse(rs.getString(2)))).list());
    }

    /** The event type and day of one event, as stored now (none for an unknown key). */
    static Set<Seed> seedsOfEvent(Handle h, String eventKey) {
        return new LinkedHashSet<>(h.createQuery("SELECT event_type, event_date FROM event WHERE event_key = ?")
                .bind(0, eventKey).map((rs, cx) -> new Seed(rs.getString(1), LocalDate.parse(rs.getString(2)))).list());
    }

    /** Dissolves the incidents holding an event of the report; the type and day of every event they held. */
    static Set<Seed> dissolveReport(Handle h, long reportId) {
        return dissolve(h, h.createQuery("SELECT DISTINCT ir.incident_id FROM incident_reading ir"
                + " JOIN event e ON e.event_id = ir.event_id WHERE e.report_id = ?").bind(0, reportId).mapTo(Long.class).list());
    }

    /** Dissolves the incident holding the event; the type and day of every event it held. */
    static Set<Seed> dissolveEvent(Handle h, String eventKey) {
        return dissolve(h, h.createQuery("SELECT ir.incident_id FROM incident_reading ir"
                + " JOIN event e ON e.event_id = ir.event_id WHERE e.event_key = ?").bind(0, eventKey).mapTo(Long.class).list());
    }

    private static Set<Seed> dissolve(Handle h, List<Long> ids) {
        Set<Seed> freed = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i += IN_LIST) {
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + IN_LIST));
            h.createQuery("SELECT DISTINCT e.event_type, e.event_date FROM incident_reading ir"
                            + " JOIN event e ON e.event_id = ir.event_id WHERE ir.incident_id IN (<ids>)")
                    .bindList("ids", part)
                    .map((rs, cx) -> new Seed(rs.getString(1), LocalDate.parse(rs.getString(2))))
                    .forEach(freed::add);
            h.createUpdate("DELETE FROM incident_reading WHERE incident_id IN (<ids>)").bindList("ids", part).execute();
            h.createUpdate("DELETE FROM incident WHERE incident_id IN (<ids>)").bindList("ids", part).execute();
        }
        return freed;
    }

    /** Whether some event that is not deleted belongs to no incident (a store from before incidents). */
    static boolean anyUnassigned(Handle h) {
        return h.createQuery("SELECT 1 FROM event e WHERE " + UNASSIGNED + " LIMIT 1").mapTo(Integer.class).findOne()
                .isPresent();
    }

    /** Works out the incidents of every event that belongs to none. */
    static void assignAll(Handle h) {
        rebuild(h, h.createQuery("SELECT DISTINCT e.event_type, e.event_date FROM event e WHERE " + UNASSIGNED)
                .map((rs, cx) -> new Seed(rs.getString(1), LocalDate.parse(rs.getString(2)))).list());
    }

    /** Works the incidents out again around {@code seeds} (see the class comment). */
    static void rebuild(Handle h, Collection<Seed> seeds) {
        Map<String, TreeSet<LocalDate>> days = new TreeMap<>();
        for (Seed s : seeds) {
            days.computeIfAbsent(s.type(), t -> new TreeSet<>()).add(s.date());
        }
        days.forEach((type, dates) -> {
            LocalDate first = null;
            LocalDate last = null;
            for (LocalDate d : dates) {
                if (first != null && (ChronoUnit.DAYS.between(last, d) > 2 * REACH + 1
                        || ChronoUnit.DAYS.between(first, d) > MAX_SPAN)) {
                    rebuild(h, type, first.minusDays(REACH), last.plusDays(REACH));
                    first = null;
                }
                if (first == null) {
                    first = d;
                }
                last = d;
            }
            if (first != null) {
                rebuild(h, type, first.minusDays(REACH), last.plusDays(REACH));
            }
        });
    }

    private static void rebuild(Handle h, String type, LocalDate from, LocalDate to) {
        List<Long> touching = h.createQuery("SELECT DISTINCT ir.incident_id FROM incident_reading ir"
                        + " JOIN event e ON e.event_id = ir.event_id"
                        + " WHERE e.event_type = :type AND e.event_date >= :from AND e.event_date <= :to")
                .bind("type", type).bind("from", from.toString()).bind("to", to.toString()).mapTo(Long.class).list();
        LocalDate first = from;
        LocalDate last = to;
        for (Seed s : dissolve(h, touching)) {
            if (s.type().equals(type)) {
                first = s.date().isBefore(first) ? s.date() : first;
                last = s.date().isAfter(last) ? s.date() : last;
            }
        }
        Map<String, Row> rows = new HashMap<>();
        List<ReportedEvent> readings = new ArrayList<>();
        h.createQuery(READING + " WHERE e.event_type = :type AND e.event_date >= :from AND e.event_date <= :to AND "
                        + UNASSIGNED)
                .bind("type", type).bind("from", first.toString()).bind("to", last.toString())
                .map((rs, cx) -> {
                    StoredEvent s = EventRows.map(rs);
                    ReportedEvent r = new ReportedEvent(s.reportHash(), s.ordinal(), rs.getString("source_name"), s.url(),
                            s.event());
                    rows.put(r.key(), new Row(rs.getLong("event_id"), s.key()));
                    return r;
                })
                .forEach(readings::add);
        if (readings.isEmpty()) {
            return;
        }
        insert(h, MERGER.merge(readings), rows);
    }

    /** An event row's id and key. */
    private record Row(long id, String key) {
    }

    private static void insert(Handle h, List<Incident> incidents, Map<String, Row> rows) {
        long id = h.createQuery("SELECT COALESCE(MAX(incident_id), 0) + 1 FROM incident").mapTo(Long.class).one();
        PreparedBatch incident = h.prepareBatch("INSERT INTO incident (incident_id, incident_key, event_date, event_type,"
                + " sub_event_type, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision,"
                + " fatalities, readings) VALUES (:id, :key, :date, :type, :sub, :country, :admin1, :admin2, :admin3,"
                + " :location, :lat, :lon, :precision, :fatalities, :readings)");
        PreparedBatch reading = h.prepareBatch("INSERT INTO incident_reading (incident_id, ordinal, event_id)"
                + " VALUES (:id, :ordinal, :event)");
        for (Incident i : incidents) {
            incident.bind("id", id).bind("key", rows.get(i.readings().get(0).key()).key())
                    .bind("date", i.date().toString()).bind("type", i.eventType()).bind("sub", i.subEventType())
                    .bind("country", i.country()).bind("admin1", i.admin1()).bind("admin2", i.admin2())
                    .bind("admin3", i.admin3()).bind("location", i.location()).bind("lat", i.latitude())
                    .bind("lon", i.longitude()).bind("precision", i.geoPrecision()).bind("fatalities", i.fatalities())
                    .bind("readings", i.readings().size()).add();
            int n = 0;
            for (ReportedEvent r : i.readings()) {
                reading.bind("id", id).bind("ordinal", ++n).bind("event", rows.get(r.key()).id()).add();
            }
            id++;
        }
        incident.execute();
        reading.execute();
    }

    /** The incidents matching {@code q}, with their readings: by date, then key. */
    static List<StoredIncident> list(Handle h, EventQuery q) {
        Map<String, Object> binds = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT i.* FROM incident i WHERE 1 = 1");
        if (q.actor() != null) {
            sql.append(" AND i.incident_id IN (SELECT ir.incident_id FROM incident_reading ir"
                    + " JOIN event_actor a ON a.event_id = ir.event_id WHERE a.actor_key = :actor)");
            binds.put("actor", ActorKeys.query(q.actor()));
        }
        if (q.type() != null) {
            sql.append(" AND (lower(i.event_type) = :type OR lower(i.sub_event_type) = :type)");
            binds.put("type", q.type().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null) {
            sql.append(" AND i.event_date >= :from");
            binds.put("from", q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND i.event_date <= :to");
            binds.put("to", q.to().toString());
        }
        if (q.box() != null) {
            sql.append(" AND i.longitude >= :minLon AND i.longitude <= :maxLon"
                    + " AND i.latitude >= :minLat AND i.latitude <= :maxLat");
            binds.put("minLon", q.box().minLon());
            binds.put("maxLon", q.box().maxLon());
            binds.put("minLat", q.box().minLat());
            binds.put("maxLat", q.box().maxLat());
        }
        if (q.admin1() != null) {
            sql.append(" AND lower(i.admin1) = :admin1");
            binds.put("admin1", q.admin1().toLowerCase(Locale.ROOT));
        }
        sql.append(" ORDER BY i.event_date, i.incident_key");
        if (q.limit() > 0) {
            sql.append(" LIMIT :limit");
            binds.put("limit", q.limit());
        }
        Query query = h.createQuery(sql.toString());
        binds.forEach(query::bind);
        Map<Long, StoredIncident> incidents = new LinkedHashMap<>();
        query.map((rs, cx) -> Map.entry(rs.getLong("incident_id"), new StoredIncident(rs.getString("incident_key"),
                        LocalDate.parse(rs.getString("event_date")), rs.getString("event_type"),
                        rs.getString("sub_event_type"), rs.getInt("fatalities"), rs.getString("location"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getInt("geo_precision"),
                        rs.getString("country"), rs.getString("admin1"), rs.getString("admin2"), rs.getString("admin3"),
                        List.of())))
                .forEach(e -> incidents.put(e.getKey(), e.getValue()));
        return withReadings(h, incidents);
    }

    /** The incidents with their readings, read in one query per 500 incidents. */
    private static List<StoredIncident> withReadings(Handle h, Map<Long, StoredIncident> incidents) {
        Map<Long, List<StoredIncident.Reading>> readings = new HashMap<>();
        List<Long> ids = List.copyOf(incidents.keySet());
        for (int i = 0; i < ids.size(); i += IN_LIST) {
            h.createQuery(READING.replace("SELECT e.*", "SELECT ir.incident_id, e.*")
                            + " JOIN incident_reading ir ON ir.event_id = e.event_id"
                            + " WHERE ir.incident_id IN (<ids>) ORDER BY ir.incident_id, ir.ordinal")
                    .bindList("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST)))
                    .map((rs, cx) -> Map.entry(rs.getLong("incident_id"),
                            new StoredIncident.Reading(EventRows.map(rs), rs.getString("source_name"))))
                    .forEach(e -> readings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        List<StoredIncident> out = new ArrayList<>(incidents.size());
        incidents.forEach((id, i) -> out.add(new StoredIncident(i.key(), i.date(), i.eventType(), i.subEventType(),
                i.fatalities(), i.location(), i.latitude(), i.longitude(), i.geoPrecision(), i.country(), i.admin1(),
                i.admin2(), i.admin3(), readings.getOrDefault(id, List.of()))));
        return out;
    }
}
