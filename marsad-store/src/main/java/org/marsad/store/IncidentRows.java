package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentMerger;
import org.marsad.incident.ReportedEvent;

/**
 * Keeps the incident tables in step with the events, inside the caller's write transaction, so that every
 * event that is not deleted belongs to exactly one incident: at once when an analyst corrects an event, and,
 * for the events stored or re-extracted since, when {@link #assignAll} runs.
 *
 * <p>When events of some type appear or change on some days, the incidents are worked out again around them:
 * the window is those days widened by the merger's reach (1 day) on each side; the incidents of that type with
 * a reading in the window are taken apart (the window widening to their readings' days), and their events,
 * with those of that type in the window that belong to no incident, are merged by {@link IncidentMerger}; only
 * the incidents that come out otherwise than they were are rewritten. Incidents elsewhere are left alone.
 *
 * <p>The readings of an incident are the events of distinct reports (keyed by report hash, as article ids may
 * repeat). The write path runs on the store's cached prepared statements.
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
    /** Every reading ({@code incident_id, event_type, event_date}) of the incidents a subquery, to be closed, selects. */
    private static final String DISSOLVED = "SELECT ir.incident_id, e.event_type, e.event_date FROM incident_reading ir"
            + " JOIN event e ON e.event_id = ir.event_id WHERE ir.incident_id IN (";
    private static final String UNASSIGNED = "e.deleted = 0 AND NOT EXISTS"
            + " (SELECT 1 FROM incident_reading ir WHERE ir.event_id = e.event_id)";

    /** An event type on a day: where incidents must be worked out again. */
    record Seed(String type, LocalDate date) {
    }

    private IncidentRows() {
    }

    /** The event type and day of one event, as stored now (none for an unknown key). */
    static Set<Seed> seedsOfEvent(SqlStatements sql, String eventKey) throws SQLException {
        PreparedStatement ps = sql.get("SELECT event_type, event_date FROM event WHERE event_key = ?");
        ps.setString(1, eventKey);
        return seeds(ps);
    }

    /** The seeds a query of {@code event_type, event_date} (and perhaps more columns) returns. */
    private static Set<Seed> seeds(PreparedStatement ps) throws SQLException {
        Set<Seed> seeds = new LinkedHashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                seeds.add(new Seed(rs.getString("event_type"), LocalDate.parse(rs.getString("event_date"))));
            }
        }
        return seeds;
    }

    /**
     * Dissolves the incidents holding an event of the report, before its events are replaced: their events
     * are left without incident until {@link #assignAll}.
     */
    static void dissolveReport(SqlStatements sql, long reportId) throws SQLException {
        PreparedStatement ps = sql.get(DISSOLVED + "SELECT h.incident_id FROM incident_reading h"
                + " JOIN event he ON he.event_id = h.event_id WHERE he.report_id = ?)");
        ps.setLong(1, reportId);
        dissolve(sql, ps);
    }

    /** Dissolves the incident holding the event; the type and day of every event it held. */
    static Set<Seed> dissolveEvent(SqlStatements sql, String eventKey) throws SQLException {
        PreparedStatement ps = sql.get(DISSOLVED + "SELECT h.incident_id FROM incident_reading h"
                + " JOIN event he ON he.event_id = h.event_id WHERE he.event_key = ?)");
        ps.setString(1, eventKey);
        return dissolve(sql, ps);
    }

    /** Deletes the incidents whose readings {@code readings} ({@link #DISSOLVED}) lists; the type and day of each. */
    private static Set<Seed> dissolve(SqlStatements sql, PreparedStatement readings) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        Set<Seed> freed = new LinkedHashSet<>();
        try (ResultSet rs = readings.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong("incident_id"));
                freed.add(new Seed(rs.getString("event_type"), LocalDate.parse(rs.getString("event_date"))));
            }
        }
        delete(sql, ids);
        return freed;
    }

    /** Whether some event that is not deleted belongs to no incident. */
    static boolean anyUnassigned(SqlStatements sql) throws SQLException {
        try (ResultSet rs = sql.get("SELECT 1 FROM event e WHERE " + UNASSIGNED + " LIMIT 1").executeQuery()) {
            return rs.next();
        }
    }

    /** Works out the incidents around every event that belongs to none. */
    static void assignAll(SqlStatements sql) throws SQLException {
        rebuild(sql, seeds(sql.get("SELECT DISTINCT e.event_type, e.event_date FROM event e WHERE " + UNASSIGNED)));
    }

    /** Works the incidents out again around {@code seeds} (see the class comment). */
    static void rebuild(SqlStatements sql, Collection<Seed> seeds) throws SQLException {
        Map<String, TreeSet<LocalDate>> days = new TreeMap<>();
        for (Seed s : seeds) {
            days.computeIfAbsent(s.type(), t -> new TreeSet<>()).add(s.date());
        }
        for (Map.Entry<String, TreeSet<LocalDate>> type : days.entrySet()) {
            LocalDate first = null;
            LocalDate last = null;
            for (LocalDate d : type.getValue()) {
                if (first != null && (ChronoUnit.DAYS.between(last, d) > 2 * REACH + 1
                        || ChronoUnit.DAYS.between(first, d) > MAX_SPAN)) {
                    rebuild(sql, type.getKey(), first.minusDays(REACH), last.plusDays(REACH));
                    first = null;
                }
                if (first == null) {
                    first = d;
                }
                last = d;
            }
            rebuild(sql, type.getKey(), first.minusDays(REACH), last.plusDays(REACH));
        }
    }

    private static void rebuild(SqlStatements sql, String type, LocalDate from, LocalDate to) throws SQLException {
        PreparedStatement touching = sql.get("SELECT i.incident_id, i.incident_key, i.event_date, i.event_type,"
                + " i.sub_event_type, i.country, i.admin1, i.admin2, i.admin3, i.location, i.latitude, i.longitude,"
                + " i.geo_precision, i.fatalities, ir.event_id, e.event_date AS reading_date FROM incident i"
                + " JOIN incident_reading ir ON ir.incident_id = i.incident_id JOIN event e ON e.event_id = ir.event_id"
                + " WHERE i.incident_id IN (SELECT h.incident_id FROM incident_reading h"
                + " JOIN event he ON he.event_id = h.event_id"
                + " WHERE he.event_type = ? AND he.event_date >= ? AND he.event_date <= ?)"
                + " ORDER BY i.incident_id, ir.ordinal");
        touching.setString(1, type);
        touching.setString(2, from.toString());
        touching.setString(3, to.toString());
        LocalDate first = from;
        LocalDate last = to;
        Map<Long, Shape> before = new LinkedHashMap<>();
        try (ResultSet rs = touching.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("incident_id");
                before.computeIfAbsent(id, k -> Shape.of(rs)).events().add(rs.getLong("event_id"));
                LocalDate d = LocalDate.parse(rs.getString("reading_date"));
                first = d.isBefore(first) ? d : first;
                last = d.isAfter(last) ? d : last;
            }
        }
        PreparedStatement window = sql.get(READING.replace("SELECT e.*", "SELECT ir.incident_id AS current_incident, e.*")
                + " LEFT JOIN incident_reading ir ON ir.event_id = e.event_id"
                + " WHERE e.event_type = ? AND e.event_date >= ? AND e.event_date <= ? AND e.deleted = 0");
        window.setString(1, type);
        window.setString(2, first.toString());
        window.setString(3, last.toString());
        Map<String, Row> rows = new HashMap<>();
        List<ReportedEvent> readings = new ArrayList<>();
        try (ResultSet rs = window.executeQuery()) {
            while (rs.next()) {
                long current = rs.getLong("current_incident");
                if (!rs.wasNull() && !before.containsKey(current)) {
                    continue; // in an incident that stays as it is
                }
                StoredEvent s = EventRows.map(rs);
                ReportedEvent r = new ReportedEvent(s.reportHash(), s.ordinal(), rs.getString("source_name"), s.url(),
                        s.event());
                rows.put(r.key(), new Row(rs.getLong("event_id"), s.key()));
                readings.add(r);
            }
        }
        List<Shape> after = new ArrayList<>();
        for (Incident i : MERGER.merge(readings)) {
            after.add(Shape.of(i, rows));
        }
        // write only what changed: most incidents around a new report come out as they were
        Set<Shape> unchanged = new HashSet<>(before.values());
        unchanged.retainAll(after);
        List<Long> gone = new ArrayList<>();
        before.forEach((id, shape) -> {
            if (!unchanged.contains(shape)) {
                gone.add(id);
            }
        });
        delete(sql, gone);
        insert(sql, after.stream().filter(shape -> !unchanged.contains(shape)).toList());
    }

    /** An event row's id and key. */
    private record Row(long id, String key) {
    }

    /** An incident as its row and readings would be written: two equal shapes need no write. */
    private record Shape(String key, String date, String type, String subType, String country, String admin1,
                         String admin2, String admin3, String location, double latitude, double longitude,
                         int geoPrecision, int fatalities, List<Long> events) {

        /** The incident of the current row, its readings to be added. */
        static Shape of(ResultSet rs) {
            try {
                return new Shape(rs.getString("incident_key"), rs.getString("event_date"), rs.getString("event_type"),
                        rs.getString("sub_event_type"), rs.getString("country"), rs.getString("admin1"),
                        rs.getString("admin2"), rs.getString("admin3"), rs.getString("location"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getInt("geo_precision"),
                        rs.getInt("fatalities"), new ArrayList<>());
            } catch (SQLException e) {
                throw new StoreException("cannot read an incident: " + e.getMessage(), e);
            }
        }

        static Shape of(Incident i, Map<String, Row> rows) {
            List<Long> events = new ArrayList<>(i.readings().size());
            for (ReportedEvent r : i.readings()) {
                events.add(rows.get(r.key()).id());
            }
            return new Shape(rows.get(i.readings().get(0).key()).key(), i.date().toString(), i.eventType(),
                    i.subEventType(), i.country(), i.admin1(), i.admin2(), i.admin3(), i.location(), i.latitude(),
                    i.longitude(), i.geoPrecision(), i.fatalities(), events);
        }
    }

    private static void delete(SqlStatements sql, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        for (String delete : List.of("DELETE FROM incident_reading WHERE incident_id = ?",
                "DELETE FROM incident WHERE incident_id = ?")) {
            PreparedStatement ps = sql.get(delete);
            for (long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insert(SqlStatements sql, List<Shape> incidents) throws SQLException {
        if (incidents.isEmpty()) {
            return;
        }
        long id = ReportRows.nextId(sql, "incident", "incident_id");
        PreparedStatement incident = sql.get("INSERT INTO incident (incident_id, incident_key, event_date, event_type,"
                + " sub_event_type, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision,"
                + " fatalities, readings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement reading = sql.get("INSERT INTO incident_reading (incident_id, ordinal, event_id) VALUES (?, ?, ?)");
        for (Shape i : incidents) {
            incident.setLong(1, id);
            incident.setString(2, i.key());
            incident.setString(3, i.date());
            incident.setString(4, i.type());
            SqlStatements.text(incident, 5, i.subType());
            SqlStatements.text(incident, 6, i.country());
            SqlStatements.text(incident, 7, i.admin1());
            SqlStatements.text(incident, 8, i.admin2());
            SqlStatements.text(incident, 9, i.admin3());
            SqlStatements.text(incident, 10, i.location());
            incident.setDouble(11, i.latitude());
            incident.setDouble(12, i.longitude());
            incident.setInt(13, i.geoPrecision());
            incident.setInt(14, i.fatalities());
            incident.setInt(15, i.events().size());
            incident.addBatch();
            int n = 0;
            for (long event : i.events()) {
                reading.setLong(1, id);
                reading.setInt(2, ++n);
                reading.setLong(3, event);
                reading.addBatch();
            }
            id++;
        }
        incident.executeBatch();
        reading.executeBatch();
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
