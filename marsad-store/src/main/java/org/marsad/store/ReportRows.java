package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.Mention;
import org.marsad.model.Place;
import org.marsad.model.Relation;
import org.marsad.model.Report;

/** Writes and deletes the rows of one report inside the caller's transaction. */
final class ReportRows {

    private static final String EVENT_COLUMNS = "event_id, event_key, report_id, ordinal, event_date, time_precision, "
            + "event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, inter1, inter2, "
            + "civilian_targeting, country, iso, region, admin1, admin2, admin3, location, latitude, longitude, "
            + "geo_precision, fatalities, notes, source, confidence, corrected, deleted, extractor_id";
    private static final String INSERT_EVENT = "INSERT INTO event (" + EVENT_COLUMNS + ") VALUES ("
            + String.join(", ", Collections.nCopies(32, "?")) + ")";
    private static final String INSERT_EVENT_ACTOR = "INSERT INTO event_actor (actor_key, event_date, event_id) VALUES (?, ?, ?)";
    private static final String INSERT_MENTION = "INSERT INTO mention (report_id, owner_kind, owner_ordinal, ordinal, "
            + "field, start_offset, end_offset, mention_text, extractor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ReportRows() {
    }

    /** The id after the largest of {@code table}'s {@code column} (ids are assigned inside the writing transaction). */
    static long nextId(SqlStatements sql, String table, String column) throws SQLException {
        try (ResultSet rs = sql.get("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void insertReport(SqlStatements sql, long id, String hash, String url, Report r, Long sourceId,
                             long extractorId, String now) throws SQLException {
        PreparedStatement ps = sql.get("INSERT INTO report (report_id, report_hash, url, article_id, title, body, "
                + "published, published_date, source_id, origin, ingested_at, extractor_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setLong(1, id);
        ps.setString(2, hash);
        SqlStatements.text(ps, 3, url);
        ps.setString(4, r.id());
        ps.setString(5, r.title());
        ps.setString(6, r.text());
        SqlStatements.text(ps, 7, r.published() == null ? null : r.published().toString());
        SqlStatements.text(ps, 8, r.published() == null ? null : r.published().date().toString());
        SqlStatements.id(ps, 9, sourceId);
        SqlStatements.text(ps, 10, r.origin());
        ps.setString(11, now);
        ps.setLong(12, extractorId);
        ps.executeUpdate();
    }

    /** Inserts everything the extractor found in the report. */
    static void insertDerived(SqlStatements sql, long reportId, String hash, Extraction x, long extractorId)
            throws SQLException {
        PreparedStatement mentions = sql.get(INSERT_MENTION);
        int pending = insertActors(sql, reportId, x.actors(), extractorId, mentions);
        pending += insertPlaces(sql, reportId, x.places(), extractorId, mentions);
        pending += insertEvents(sql, reportId, x, EventKeys.of(hash, x.events()), extractorId, mentions);
        pending += insertRelations(sql, reportId, x.relations(), extractorId, mentions);
        if (pending > 0) {
            mentions.executeBatch();
        }
    }

    private static int insertActors(SqlStatements sql, long reportId, List<Actor> actors, long extractorId,
                                    PreparedStatement mentions) throws SQLException {
        if (actors.isEmpty()) {
            return 0;
        }
        PreparedStatement b = sql.get("INSERT INTO report_actor (report_id, ordinal, actor_id, name, name_ar, "
                + "actor_type, country, extractor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int n = 0;
        int pending = 0;
        for (Actor a : actors) {
            n++;
            b.setLong(1, reportId);
            b.setInt(2, n);
            b.setString(3, a.id());
            b.setString(4, a.name());
            SqlStatements.text(b, 5, a.nameAr());
            SqlStatements.text(b, 6, a.type());
            SqlStatements.text(b, 7, a.country());
            b.setLong(8, extractorId);
            b.addBatch();
            pending += addMentions(mentions, reportId, "A", n, a.mentions(), extractorId);
        }
        b.executeBatch();
        return pending;
    }

    private static int insertPlaces(SqlStatements sql, long reportId, List<Place> places, long extractorId,
                                    PreparedStatement mentions) throws SQLException {
        if (places.isEmpty()) {
            return 0;
        }
        PreparedStatement b = sql.get("INSERT INTO report_place (report_id, ordinal, place_id, name, name_ar, "
                + "latitude, longitude, country, admin1, admin2, admin3, extractor_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        int n = 0;
        int pending = 0;
        for (Place p : places) {
            n++;
            b.setLong(1, reportId);
            b.setInt(2, n);
            b.setString(3, p.id());
            b.setString(4, p.name());
            SqlStatements.text(b, 5, p.nameAr());
            b.setDouble(6, p.lat());
            b.setDouble(7, p.lon());
            SqlStatements.text(b, 8, p.country());
            SqlStatements.text(b, 9, p.admin1());
            SqlStatements.text(b, 10, p.admin2());
            SqlStatements.text(b, 11, p.admin3());
            b.setLong(12, extractorId);
            b.addBatch();
            pending += addMentions(mentions, reportId, "P", n, p.mentions(), extractorId);
        }
        b.executeBatch();
        return pending;
    }

    private static int insertEvents(SqlStatements sql, long reportId, Extraction x, List<String> keys, long extractorId,
                                    PreparedStatement mentions) throws SQLException {
        if (x.events().isEmpty()) {
            return 0;
        }
        PreparedStatement b = sql.get(INSERT_EVENT);
        PreparedStatement index = sql.get(INSERT_EVENT_ACTOR);
        long id = nextId(sql, "event", "event_id");
        int n = 0;
        int pending = 0;
        int indexed = 0;
        for (Event e : x.events()) {
            String key = keys.get(n);
            n++;
            String date = e.eventDate().toString();
            b.setLong(1, id);
            b.setString(2, key);
            b.setLong(3, reportId);
            b.setInt(4, n);
            b.setString(5, date);
            b.setInt(6, e.timePrecision());
            b.setString(7, e.eventType());
            SqlStatements.text(b, 8, e.subEventType());
            SqlStatements.text(b, 9, e.actor1());
            SqlStatements.text(b, 10, e.assocActor1());
            SqlStatements.text(b, 11, e.actor2());
            SqlStatements.text(b, 12, e.assocActor2());
            SqlStatements.text(b, 13, e.inter1());
            SqlStatements.text(b, 14, e.inter2());
            SqlStatements.text(b, 15, e.civilianTargeting());
            SqlStatements.text(b, 16, e.country());
            b.setInt(17, e.iso());
            SqlStatements.text(b, 18, e.region());
            SqlStatements.text(b, 19, e.admin1());
            SqlStatements.text(b, 20, e.admin2());
            SqlStatements.text(b, 21, e.admin3());
            SqlStatements.text(b, 22, e.location());
            b.setDouble(23, e.latitude());
            b.setDouble(24, e.longitude());
            b.setInt(25, e.geoPrecision());
            b.setInt(26, e.fatalities());
            SqlStatements.text(b, 27, e.notes());
            SqlStatements.text(b, 28, e.source());
            b.setDouble(29, e.confidence());
            b.setInt(30, 0);
            b.setInt(31, 0);
            b.setLong(32, extractorId);
            b.addBatch();
            for (String actorKey : ActorKeys.of(actorFields(e), x.actors())) {
                index.setString(1, actorKey);
                index.setString(2, date);
                index.setLong(3, id);
                index.addBatch();
                indexed++;
            }
            pending += addMentions(mentions, reportId, "E", n, e.evidence(), extractorId);
            id++;
        }
        b.executeBatch();
        if (indexed > 0) {
            index.executeBatch();
        }
        return pending;
    }

    static List<String> actorFields(Event e) {
        return Arrays.asList(e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2());
    }

    private static int insertRelations(SqlStatements sql, long reportId, List<Relation> relations, long extractorId,
                                       PreparedStatement mentions) throws SQLException {
        if (relations.isEmpty()) {
            return 0;
        }
        PreparedStatement b = sql.get("INSERT INTO relation (report_id, ordinal, relation_type, source_actor, "
                + "target_actor, relation_date, confidence, extractor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int n = 0;
        int pending = 0;
        for (Relation r : relations) {
            n++;
            b.setLong(1, reportId);
            b.setInt(2, n);
            b.setString(3, r.type().name());
            b.setString(4, r.source());
            b.setString(5, r.target());
            SqlStatements.text(b, 6, r.date() == null ? null : r.date().toString());
            b.setDouble(7, r.confidence());
            b.setLong(8, extractorId);
            b.addBatch();
            pending += addMentions(mentions, reportId, "R", n, r.evidence(), extractorId);
        }
        b.executeBatch();
        return pending;
    }

    private static int addMentions(PreparedStatement b, long reportId, String kind, int owner, List<Mention> ms,
                                   long extractorId) throws SQLException {
        int n = 0;
        for (Mention m : ms) {
            n++;
            b.setLong(1, reportId);
            b.setString(2, kind);
            b.setInt(3, owner);
            b.setInt(4, n);
            b.setString(5, m.field().name());
            b.setInt(6, m.span().start());
            b.setInt(7, m.span().end());
            b.setString(8, m.text());
            b.setLong(9, extractorId);
            b.addBatch();
        }
        return n;
    }

    /** Deletes every row the extractor derived from the report (not the report, not its corrections). */
    static void deleteDerived(SqlStatements sql, long reportId) throws SQLException {
        List<String> deletes = List.of(
                "DELETE FROM event_actor WHERE event_id IN (SELECT event_id FROM event WHERE report_id = ?)",
                "DELETE FROM mention WHERE report_id = ?", "DELETE FROM event WHERE report_id = ?",
                "DELETE FROM relation WHERE report_id = ?", "DELETE FROM report_actor WHERE report_id = ?",
                "DELETE FROM report_place WHERE report_id = ?");
        for (String delete : deletes) {
            PreparedStatement ps = sql.get(delete);
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
    }

    /** Rebuilds the actor index of one event from its current (possibly corrected) values. */
    static void reindexActors(Handle h, String eventKey) {
        var row = h.createQuery("SELECT event_id, report_id, event_date, actor1, assoc_actor_1, actor2, assoc_actor_2 "
                        + "FROM event WHERE event_key = ?")
                .bind(0, eventKey).mapToMap().one();
        long eventId = ((Number) row.get("event_id")).longValue();
        List<Actor> actors = new ArrayList<>();
        h.createQuery("SELECT actor_id, name, name_ar FROM report_actor WHERE report_id = ?")
                .bind(0, ((Number) row.get("report_id")).longValue())
                .map((rs, cx) -> new Actor(rs.getString(1), rs.getString(2), rs.getString(3), null, null, List.of()))
                .forEach(actors::add);
        h.execute("DELETE FROM event_actor WHERE event_id = ?", eventId);
        PreparedBatch index = h.prepareBatch(INSERT_EVENT_ACTOR);
        List<String> names = Arrays.asList((String) row.get("actor1"), (String) row.get("assoc_actor_1"),
                (String) row.get("actor2"), (String) row.get("assoc_actor_2"));
        for (String actorKey : ActorKeys.of(names, actors)) {
            index.bind(0, actorKey).bind(1, (String) row.get("event_date")).bind(2, eventId).add();
        }
        if (index.size() > 0) {
            index.execute();
        }
    }
}
