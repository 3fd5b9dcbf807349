package org.marsad.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Makes, applies and re-applies analysts' corrections inside the caller's transaction, writing each step
 * to the audit trail. A correction sets one column of an event row and marks the row corrected; the
 * machine's value it replaced goes to the trail, so the extractor's output stays recoverable.
 */
final class CorrectionBook {

    /** What re-applying a report's corrections after a re-extraction did. */
    record Reapplied(int reapplied, int reattached, int unattached) {
    }

    private CorrectionBook() {
    }

    static Correction create(Handle h, String eventKey, CorrectionField field, String value, String analyst,
                             String reason, String now) {
        Map<String, Object> event = h.createQuery("SELECT * FROM event WHERE event_key = ?").bind(0, eventKey)
                .mapToMap().findOne()
                .orElseThrow(() -> new IllegalArgumentException("no event with key '" + eventKey
                        + "' in the store (see the event_key column of 'marsad events')"));
        String canonical = field.canonical(value);
        String current = field.fromColumn(event.get(field.column()));
        String machine = machineValue(h, eventKey, field, current);
        String anchorDate = machineValue(h, eventKey, CorrectionField.EVENT_DATE,
                CorrectionField.EVENT_DATE.fromColumn(event.get("event_date")));
        String anchorLocation = machineValue(h, eventKey, CorrectionField.LOCATION,
                CorrectionField.LOCATION.fromColumn(event.get("location")));
        String id = UUID.randomUUID().toString();
        long extractorId = ((Number) event.get("extractor_id")).longValue();
        long reportId = ((Number) event.get("report_id")).longValue();
        String reportHash = h.createQuery("SELECT report_hash FROM report WHERE report_id = ?").bind(0, reportId)
                .mapTo(String.class).one();
        h.createUpdate("INSERT INTO correction (correction_id, report_id, event_key, anchor_date, anchor_location, "
                        + "field, old_value, new_value, analyst, reason, created_at, extractor_id, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, id).bind(1, reportId).bind(2, eventKey).bind(3, anchorDate).bind(4, anchorLocation)
                .bind(5, field.column()).bind(6, current).bind(7, canonical).bind(8, analyst).bind(9, reason)
                .bind(10, now).bind(11, extractorId).bind(12, Correction.Status.ATTACHED.dbValue())
                .execute();
        apply(h, eventKey, field, canonical);
        log(h, id, "created", eventKey, machine, extractorId, now, "by " + analyst);
        if (field.affectsActorIndex()) {
            ReportRows.reindexActors(h, eventKey);
        }
        return new Correction(id, reportHash, eventKey, field, current, canonical, analyst, reason,
                Instant.parse(now), Correction.Status.ATTACHED);
    }

    /**
     * After a report's machine rows were replaced: applies each of its corrections, oldest first, to the
     * event with the correction's key; failing that to the only event with its anchor date and place; and
     * marks it unattached when there is none.
     */
    static Reapplied reapply(Handle h, long reportId, long extractorId, String now) {
        List<Map<String, Object>> corrections = h.createQuery("SELECT * FROM correction WHERE report_id = ? "
                + "ORDER BY created_at, correction_id").bind(0, reportId).mapToMap().list();
        if (corrections.isEmpty()) {
            return new Reapplied(0, 0, 0);
        }
        List<Map<String, Object>> events = h.createQuery("SELECT * FROM event WHERE report_id = ?")
                .bind(0, reportId).mapToMap().list();
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        events.forEach(e -> byKey.put((String) e.get("event_key"), e));
        Set<String> reindex = new LinkedHashSet<>();
        int reapplied = 0;
        int reattached = 0;
        int unattached = 0;
        for (Map<String, Object> c : corrections) {
            String id = (String) c.get("correction_id");
            String key = (String) c.get("event_key");
            CorrectionField field = CorrectionField.byName((String) c.get("field")).orElseThrow(() ->
                    new StoreException("correction " + id + " names an unknown field '" + c.get("field") + "'"));
            Optional<String> target = byKey.containsKey(key) ? Optional.of(key)
                    : byAnchor(events, (String) c.get("anchor_date"), (String) c.get("anchor_location"));
            if (target.isEmpty()) {
                h.execute("UPDATE correction SET status = ? WHERE correction_id = ?",
                        Correction.Status.UNATTACHED.dbValue(), id);
                log(h, id, "unattached", null, null, extractorId, now, "the re-extracted report has no event with key "
                        + key + ", nor exactly one event on " + c.get("anchor_date") + " at " + c.get("anchor_location"));
                unattached++;
                continue;
            }
            String to = target.get();
            String machine = field.fromColumn(byKey.get(to).get(field.column()));
            apply(h, to, field, (String) c.get("new_value"));
            boolean same = to.equals(key) && Correction.Status.ATTACHED.dbValue().equals(c.get("status"));
            h.execute("UPDATE correction SET event_key = ?, status = ? WHERE correction_id = ?", to,
                    Correction.Status.ATTACHED.dbValue(), id);
            if (same) {
                log(h, id, "reapplied", to, machine, extractorId, now, "same event key");
                reapplied++;
            } else {
                log(h, id, "reattached", to, machine, extractorId, now, to.equals(key) ? "its event is back"
                        : "event key changed from " + key + " (same date and place)");
                reattached++;
            }
            if (field.affectsActorIndex()) {
                reindex.add(to);
            }
        }
        reindex.forEach(k -> ReportRows.reindexActors(h, k));
        return new Reapplied(reapplied, reattached, unattached);
    }

    private static Optional<String> byAnchor(List<Map<String, Object>> events, String date, String location) {
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> e : events) {
            if (date.equals(e.get("event_date")) && CorrectionField.LOCATION.fromColumn(e.get("location"))
                    .equals(location == null ? "" : location)) {
                hits.add((String) e.get("event_key"));
            }
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private static void apply(Handle h, String eventKey, CorrectionField field, String canonical) {
        h.createUpdate("UPDATE event SET " + field.column() + " = ?, corrected = 1 WHERE event_key = ?")
                .bind(0, field.bindable(canonical)).bind(1, eventKey).execute();
    }

    /**
     * The extractor's value of a field that may already carry corrections: the machine value the trail
     * recorded when the field was last corrected on this event, else the current value.
     */
    private static String machineValue(Handle h, String eventKey, CorrectionField field, String current) {
        return h.createQuery("SELECT l.machine_value FROM correction_log l JOIN correction c "
                        + "ON c.correction_id = l.correction_id WHERE c.event_key = ? AND c.field = ? "
                        + "AND c.status = 'attached' AND l.event_key = ? AND l.machine_value IS NOT NULL "
                        + "ORDER BY l.logged_at DESC, l.seq DESC")
                .bind(0, eventKey).bind(1, field.column()).bind(2, eventKey)
                .mapTo(String.class).findFirst().orElse(current);
    }

    private static void log(Handle h, String id, String action, String eventKey, String machine, long extractorId,
                            String now, String detail) {
        int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM correction_log WHERE correction_id = ?")
                .bind(0, id).mapTo(Integer.class).one();
        h.createUpdate("INSERT INTO correction_log (correction_id, seq, action, event_key, machine_value, "
                        + "extractor_id, logged_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, id).bind(1, seq).bind(2, action).bind(3, eventKey).bind(4, machine).bind(5, extractorId)
                .bind(6, now).bind(7, detail).execute();
    }
}
