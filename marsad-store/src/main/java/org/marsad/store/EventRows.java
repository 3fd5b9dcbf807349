package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.TextField;

/** Reads events: the SQL of an {@link EventQuery}, rows to {@link StoredEvent}s, and their evidence. */
final class EventRows {

    private static final int IN_LIST = 500;

    private EventRows() {
    }

    static void forEach(Handle h, EventQuery q, Consumer<StoredEvent> out) {
        Map<String, Object> binds = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT e.*, r.report_hash, r.article_id, r.url, x.version AS extractor_version"
                + " FROM event e JOIN report r ON r.report_id = e.report_id"
                + " JOIN extractor x ON x.extractor_id = e.extractor_id WHERE e.deleted = 0");
        if (q.actor() != null) {
            sql.append(" AND e.event_id IN (SELECT a.event_id FROM event_actor a WHERE a.actor_key = :actor");
            binds.put("actor", ActorKeys.query(q.actor()));
            if (q.from() != null) {
                sql.append(" AND a.event_date >= :from");
            }
            if (q.to() != null) {
                sql.append(" AND a.event_date <= :to");
            }
            sql.append(')');
        }
        if (q.type() != null) {
            sql.append(" AND (lower(e.event_type) = :type OR lower(e.sub_event_type) = :type)");
            binds.put("type", q.type().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null) {
            sql.append(" AND e.event_date >= :from");
            binds.put("from", q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND e.event_date <= :to");
            binds.put("to", q.to().toString());
        }
        if (q.box() != null) {
            sql.append(" AND e.longitude >= :minLon AND e.longitude <= :maxLon"
                    + " AND e.latitude >= :minLat AND e.latitude <= :maxLat");
            binds.put("minLon", q.box().minLon());
            binds.put("maxLon", q.box().maxLon());
            binds.put("minLat", q.box().minLat());
            binds.put("maxLat", q.box().maxLat());
        }
        if (q.admin1() != null) {
            sql.append(" AND lower(e.admin1) = :admin1");
            binds.put("admin1", q.admin1().toLowerCase(Locale.ROOT));
        }
        sql.append(" ORDER BY e.event_date, e.report_id, e.ordinal");
        if (q.limit() > 0) {
            sql.append(" LIMIT :limit");
            binds.put("limit", q.limit());
        }
        Query query = h.createQuery(sql.toString());
        binds.forEach(query::bind);
        query.map((rs, cx) -> map(rs)).forEach(out);
    }

    static List<StoredEvent> list(Handle h, EventQuery q) {
        List<StoredEvent> events = new ArrayList<>();
        forEach(h, q, events::add);
        return q.evidence() ? withEvidence(h, events) : events;
    }

    /** One row of {@code event} joined with its report's hash, id and URL and its extractor's version. */
    static StoredEvent map(ResultSet rs) throws SQLException {
        Event e = new Event(LocalDate.parse(rs.getString("event_date")), rs.getInt("time_precision"),
                rs.getString("event_type"), rs.getString("sub_event_type"), rs.getString("actor1"),
                rs.getString("assoc_actor_1"), rs.getString("actor2"), rs.getString("assoc_actor_2"),
                rs.getString("inter1"), rs.getString("inter2"), rs.getString("civilian_targeting"),
                rs.getString("country"), rs.getInt("iso"), rs.getString("region"), rs.getString("admin1"),
                rs.getString("admin2"), rs.getString("admin3"), rs.getString("location"), rs.getDouble("latitude"),
                rs.getDouble("longitude"), rs.getInt("geo_precision"), rs.getInt("fatalities"), rs.getString("notes"),
                rs.getString("source"), rs.getDouble("confidence"), List.of());
        return new StoredEvent(rs.getString("event_key"), rs.getString("report_hash"), rs.getString("article_id"),
                rs.getString("url"), rs.getInt("ordinal"), e, rs.getInt("corrected") != 0,
                rs.getString("extractor_version"));
    }

    /** The events with their evidence sentences, read in one query per 500 reports. */
    private static List<StoredEvent> withEvidence(Handle h, List<StoredEvent> events) {
        Map<String, List<Mention>> evidence = new HashMap<>();
        List<String> hashes = events.stream().map(StoredEvent::reportHash).distinct().toList();
        for (int i = 0; i < hashes.size(); i += IN_LIST) {
            h.createQuery("SELECT r.report_hash, m.owner_ordinal, m.field, m.start_offset, m.end_offset, m.mention_text "
                            + "FROM mention m JOIN report r ON r.report_id = m.report_id "
                            + "WHERE m.owner_kind = 'E' AND r.report_hash IN (<hashes>) "
                            + "ORDER BY m.report_id, m.owner_ordinal, m.ordinal")
                    .bindList("hashes", hashes.subList(i, Math.min(hashes.size(), i + IN_LIST)))
                    .map((rs, cx) -> {
                        Mention m = new Mention(rs.getString("mention_text"),
                                new Span(rs.getInt("start_offset"), rs.getInt("end_offset")),
                                TextField.valueOf(rs.getString("field")));
                        evidence.computeIfAbsent(rs.getString("report_hash") + "#" + rs.getInt("owner_ordinal"),
                                k -> new ArrayList<>()).add(m);
                        return m;
                    })
                    .list();
        }
        List<StoredEvent> out = new ArrayList<>(events.size());
        for (StoredEvent s : events) {
            List<Mention> ms = evidence.getOrDefault(s.reportHash() + "#" + s.ordinal(), List.of());
            Event e = s.event();
            Event full = new Event(e.eventDate(), e.timePrecision(), e.eventType(), e.subEventType(), e.actor1(),
                    e.assocActor1(), e.actor2(), e.assocActor2(), e.inter1(), e.inter2(), e.civilianTargeting(),
                    e.country(), e.iso(), e.region(), e.admin1(), e.admin2(), e.admin3(), e.location(), e.latitude(),
                    e.longitude(), e.geoPrecision(), e.fatalities(), e.notes(), e.source(), e.confidence(), ms);
            out.add(new StoredEvent(s.key(), s.reportHash(), s.articleId(), s.url(), s.ordinal(), full, s.corrected(),
                    s.extractorVersion()));
        }
        return out;
    }
}
