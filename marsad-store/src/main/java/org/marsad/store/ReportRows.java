package org.marsad.store;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String EVENT_COLUMNS = "event_key, report_hash, ordinal, event_date, time_precision, "
            + "event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, inter1, inter2, "
            + "civilian_targeting, country, iso, region, admin1, admin2, admin3, location, latitude, longitude, "
            + "geo_precision, fatalities, notes, source, confidence, corrected, deleted, extractor_version";

    private ReportRows() {
    }

    static void insertReport(Handle h, String hash, String url, Report r, String version, String now) {
        h.createUpdate("INSERT INTO report (report_hash, url, article_id, title, body, published, published_date, "
                        + "source_name, origin, ingested_at, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, hash)
                .bind(1, url)
                .bind(2, r.id())
                .bind(3, r.title())
                .bind(4, r.text())
                .bind(5, r.published() == null ? null : r.published().toString())
                .bind(6, r.published() == null ? null : r.published().date().toString())
                .bind(7, blankToNull(r.source()))
                .bind(8, r.origin())
                .bind(9, now)
                .bind(10, version)
                .execute();
    }

    /** Inserts everything the extractor found in the report; returns the events' keys in order. */
    static List<String> insertDerived(Handle h, String hash, Extraction x, String version) {
        PreparedBatch mentions = h.prepareBatch("INSERT INTO mention (report_hash, owner_kind, owner_ordinal, ordinal, "
                + "field, start_offset, end_offset, mention_text, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertActors(h, hash, x.actors(), version, mentions);
        insertPlaces(h, hash, x.places(), version, mentions);
        List<String> keys = EventKeys.of(hash, x.events());
        insertEvents(h, hash, x, keys, version, mentions);
        insertRelations(h, hash, x.relations(), version, mentions);
        if (mentions.size() > 0) {
            mentions.execute();
        }
        return keys;
    }

    private static void insertActors(Handle h, String hash, List<Actor> actors, String version, PreparedBatch mentions) {
        if (actors.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO report_actor (report_hash, ordinal, actor_id, name, name_ar, "
                + "actor_type, country, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int n = 0;
        for (Actor a : actors) {
            n++;
            b.bind(0, hash).bind(1, n).bind(2, a.id()).bind(3, a.name()).bind(4, a.nameAr()).bind(5, a.type())
                    .bind(6, a.country()).bind(7, version).add();
            addMentions(mentions, hash, "A", n, a.mentions(), version);
        }
        b.execute();
    }

    private static void insertPlaces(Handle h, String hash, List<Place> places, String version, PreparedBatch mentions) {
        if (places.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO report_place (report_hash, ordinal, place_id, name, name_ar, "
                + "latitude, longitude, country, admin1, admin2, admin3, extractor_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        int n = 0;
        for (Place p : places) {
            n++;
            b.bind(0, hash).bind(1, n).bind(2, p.id()).bind(3, p.name()).bind(4, p.nameAr()).bind(5, p.lat())
                    .bind(6, p.lon()).bind(7, p.country()).bind(8, p.admin1()).bind(9, p.admin2()).bind(10, p.admin3())
                    .bind(11, version).add();
            addMentions(mentions, hash, "P", n, p.mentions(), version);
        }
        b.execute();
    }

    private static void insertEvents(Handle h, String hash, Extraction x, List<String> keys, String version,
                                     PreparedBatch mentions) {
        if (x.events().isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO event (" + EVENT_COLUMNS + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(31, "?")) + ")");
        PreparedBatch index = h.prepareBatch("INSERT INTO event_actor (actor_key, event_date, event_key) VALUES (?, ?, ?)");
        int n = 0;
        for (Event e : x.events()) {
            String key = keys.get(n);
            n++;
            b.bind(0, key).bind(1, hash).bind(2, n).bind(3, e.eventDate().toString()).bind(4, e.timePrecision())
                    .bind(5, e.eventType()).bind(6, e.subEventType()).bind(7, e.actor1()).bind(8, e.assocActor1())
                    .bind(9, e.actor2()).bind(10, e.assocActor2()).bind(11, e.inter1()).bind(12, e.inter2())
                    .bind(13, e.civilianTargeting()).bind(14, e.country()).bind(15, e.iso()).bind(16, e.region())
                    .bind(17, e.admin1()).bind(18, e.admin2()).bind(19, e.admin3()).bind(20, e.location())
                    .bind(21, e.latitude()).bind(22, e.longitude()).bind(23, e.geoPrecision()).bind(24, e.fatalities())
                    .bind(25, e.notes()).bind(26, e.source()).bind(27, e.confidence()).bind(28, 0).bind(29, 0)
                    .bind(30, version).add();
            for (String actorKey : ActorKeys.of(actorFields(e), x.actors())) {
                index.bind(0, actorKey).bind(1, e.eventDate().toString()).bind(2, key).add();
            }
            addMentions(mentions, hash, "E", n, e.evidence(), version);
        }
        b.execute();
        if (index.size() > 0) {
            index.execute();
        }
    }

    static List<String> actorFields(Event e) {
        return Arrays.asList(e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2());
    }

    private static void insertRelations(Handle h, String hash, List<Relation> relations, String version,
                                        PreparedBatch mentions) {
        if (relations.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO relation (report_hash, ordinal, relation_type, source_actor, "
                + "target_actor, relation_date, confidence, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int n = 0;
        for (Relation r : relations) {
            n++;
            b.bind(0, hash).bind(1, n).bind(2, r.type().name()).bind(3, r.source()).bind(4, r.target())
                    .bind(5, r.date() == null ? null : r.date().toString()).bind(6, r.confidence()).bind(7, version)
                    .add();
            addMentions(mentions, hash, "R", n, r.evidence(), version);
        }
        b.execute();
    }

    private static void addMentions(PreparedBatch b, String hash, String kind, int owner, List<Mention> ms,
                                    String version) {
        int n = 0;
        for (Mention m : ms) {
            n++;
            b.bind(0, hash).bind(1, kind).bind(2, owner).bind(3, n).bind(4, m.field().name())
                    .bind(5, m.span().start()).bind(6, m.span().end()).bind(7, m.text()).bind(8, version).add();
        }
    }

    /** Deletes every row the extractor derived from the report (not the report, not its corrections). */
    static void deleteDerived(Handle h, String hash) {
        h.execute("DELETE FROM event_actor WHERE event_key IN (SELECT event_key FROM event WHERE report_hash = ?)", hash);
        for (String table : List.of("mention", "event", "relation", "report_actor", "report_place")) {
            h.execute("DELETE FROM " + table + " WHERE report_hash = ?", hash);
        }
    }

    /** Rebuilds the actor index of one event from its current (possibly corrected) values. */
    static void reindexActors(Handle h, String eventKey) {
        var row = h.createQuery("SELECT report_hash, event_date, actor1, assoc_actor_1, actor2, assoc_actor_2 "
                        + "FROM event WHERE event_key = ?")
                .bind(0, eventKey).mapToMap().one();
        List<Actor> actors = new ArrayList<>();
        h.createQuery("SELECT actor_id, name, name_ar FROM report_actor WHERE report_hash = ?")
                .bind(0, (String) row.get("report_hash"))
                .map((rs, cx) -> new Actor(rs.getString(1), rs.getString(2), rs.getString(3), null, null, List.of()))
                .forEach(actors::add);
        h.execute("DELETE FROM event_actor WHERE event_key = ?", eventKey);
        PreparedBatch index = h.prepareBatch("INSERT INTO event_actor (actor_key, event_date, event_key) VALUES (?, ?, ?)");
        List<String> names = Arrays.asList((String) row.get("actor1"), (String) row.get("assoc_actor_1"),
                (String) row.get("actor2"), (String) row.get("assoc_actor_2"));
        for (String actorKey : ActorKeys.of(names, actors)) {
            index.bind(0, actorKey).bind(1, (String) row.get("event_date")).bind(2, eventKey).add();
        }
        if (index.size() > 0) {
            index.execute();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
