package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.marsad.model.Extraction;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

/**
 * Marsad's store: reports, what the extractor found in them (actors, places, mentions, events, relations,
 * each row marked with the {@link ExtractorVersion} that produced it), publishers, and analysts' audited
 * corrections, in a SQLite file or a PostgreSQL database ({@link StoreLocation}).
 *
 * <p>A report is identified by its {@link ContentHash} and, where it has one, its URL: {@link #put} stores a
 * report and all its rows in one transaction, or nothing when the store already holds that content or URL,
 * so storing a corpus twice adds nothing, and an interrupted run leaves only whole reports behind.
 * {@link #replace} swaps a report's machine rows for a newer extractor's and re-applies its corrections, in
 * one transaction.
 *
 * <p>One store holds one connection; its methods are synchronized. Several processes may use one SQLite
 * file or PostgreSQL database: their write transactions queue, readers never wait.
 */
public final class Store implements AutoCloseable {

    /** What {@link #put} did. */
    public enum PutOutcome {
        /** The report and its rows were stored. */
        STORED,
        /** The store already holds a report with this content; nothing was written. */
        SAME_CONTENT,
        /** The store already holds another report with this URL; nothing was written. */
        SAME_URL
    }

    /**
     * What {@link #replace} did.
     *
     * @param events     machine events now stored for the report
     * @param reapplied  corrections applied again to the event with their key
     * @param reattached corrections applied to an event with another key but their date and place
     * @param unattached corrections that found no event (kept, marked unattached)
     */
    public record Replaced(int events, int reapplied, int reattached, int unattached) {
    }

    /** The first key of Marsad's PostgreSQL advisory locks (the second is the schema's). */
    private static final int ADVISORY_LOCK_CLASS = 0x4d53;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String REPORT = "SELECT r.*, s.name AS source_name, x.version AS extractor_version FROM report r"
            + " LEFT JOIN source s ON s.source_id = r.source_id JOIN extractor x ON x.extractor_id = r.extractor_id";

    private final StoreLocation location;
    private final Handle handle;
    private final SqlStatements sql;
    private final Lookups lookups;
    private final Clock clock;
    private final Map<String, Long> extractorIds = new HashMap<>();
    private final Map<String, Long> sourceIds = new HashMap<>();
    private Instant lastNow = Instant.EPOCH;

    private Store(StoreLocation location, DataSource dataSource, Handle handle, Clock clock) {
        this.location = location;
        this.handle = handle;
        this.sql = new SqlStatements(handle.getConnection());
        this.lookups = new Lookups(dataSource);
        this.clock = clock;
    }

    /** Opens (creating it when absent) the store named by a {@code --db} value; see {@link StoreLocation#parse}. */
    public static Store open(String db) {
        return open(StoreLocation.parse(db));
    }

    /** Opens the store at {@code location}, creating it when absent and bringing its schema up to date. */
    public static Store open(StoreLocation location) {
        return open(location, Clock.systemUTC());
    }

    static Store open(StoreLocation location, Clock clock) {
        Database.prepare(location);
        DataSource ds = Database.dataSource(location);
        Database.migrate(location, ds);
        try {
            Handle handle = Jdbi.create(ds).open();
            if (location.vendor() == StoreLocation.Vendor.SQLITE) {
                // a checkpoint (which copies the log into the file and waits for the disk) every 128 MB of log
                // rather than every 4 MB: pages written again and again are copied once; closing the store
                // checkpoints what is left and removes the log
                handle.execute("PRAGMA wal_autocheckpoint = 32768");
            }
            Store store = new Store(location, ds, handle, clock);
            try {
                store.assignIncidents();
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (JdbiException e) {
            throw new StoreException("cannot connect to the store " + location.display() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Works out, in one transaction, the incidents of the events that belong to none: those {@link #put} and
     * {@link #replace} left so since the last call (they do not merge, so that storing a report stays one
     * quick transaction). The incidents around their days (±1) and event types are worked out again (see
     * {@code IncidentRows}). {@code StoreIngest} and {@code Reextraction} call this after 5,000, 10,000, 20,000… reports and at
     * their end; opening a store calls it too, so an interrupted run, or a store made before incidents, leaves
     * no event without its incident once the store is opened again.
     *
     * @return whether there were such events
     */
    public synchronized boolean assignIncidents() {
        return run(h -> {
            if (!IncidentRows.anyUnassigned(sql)) {
                return false;
            }
            h.useTransaction(t -> {
                lockForWriting(t);
                IncidentRows.assignAll(sql);
            });
            return true;
        }, "work out the incidents of the stored events");
    }

    public StoreLocation location() {
        return location;
    }

    /**
     * Whether a report with this content hash is stored (committed). Asked on a connection of its own
     * ({@link Lookups}), so it does not wait for a transaction under way.
     */
    public boolean contains(String contentHash) {
        return lookup("SELECT 1 FROM report WHERE report_hash = ?", contentHash, "look up a report");
    }

    /**
     * Whether a report with this URL (compared as {@link ContentHash#normalizeUrl} makes it) is stored
     * (committed); like {@link #contains}, it does not wait for a transaction under way.
     */
    public boolean containsUrl(String url) {
        String u = ContentHash.normalizeUrl(url);
        return u != null && lookup("SELECT 1 FROM report WHERE url = ?", u, "look up a URL");
    }

    private boolean lookup(String query, String value, String what) {
        try {
            return lookups.exists(query, value);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + location.display() + ": " + e.getMessage(), e);
        }
    }

    private boolean exists(String query, String value) throws SQLException {
        PreparedStatement ps = sql.get(query);
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Stores a report and everything extracted from it in one transaction, unless the store already holds
     * its content or its URL.
     */
    public PutOutcome put(Extraction x, ExtractorVersion version) {
        return putAll(List.of(x), version).get(0);
    }

    /**
     * Stores reports and everything extracted from them, in order, in one transaction: all of them or, when
     * something fails, none. A report the store holds already (its content or its URL, also when an earlier
     * one of {@code xs} brought it) is passed over. Committing costs more than writing a report's rows (every
     * page the report touched goes to the log), so an ingest that has several reports waiting stores them
     * together; a report's rows are never split between transactions.
     *
     * @return what became of each report, in the order of {@code xs}
     */
    public synchronized List<PutOutcome> putAll(List<Extraction> xs, ExtractorVersion version) {
        Objects.requireNonNull(version, "version");
        if (xs.isEmpty()) {
            return List.of();
        }
        Report first = xs.get(0).report();
        String what = xs.size() == 1 ? "store report " + first.id() + " (" + first.origin() + ")"
                : "store " + xs.size() + " reports from report " + first.id() + " (" + first.origin() + ") on";
        return run(h -> h.inTransaction(t -> {
            lockForWriting(t);
            List<PutOutcome> outcomes = new ArrayList<>(xs.size());
            for (Extraction x : xs) {
                outcomes.add(write(Objects.requireNonNull(x, "x"), version));
            }
            return outcomes;
        }), what);
    }

    /** Writes one report's rows inside the caller's transaction, unless its content or URL is stored. */
    private PutOutcome write(Extraction x, ExtractorVersion version) throws SQLException {
        Report r = x.report();
        String hash = ContentHash.of(r);
        String url = ContentHash.normalizeUrl(r.url());
        Optional<PutOutcome> existing = existing(hash, url);
        if (existing.isPresent()) {
            return existing.get();
        }
        String now = now();
        long extractorId = extractorId(version, now);
        Long sourceId = sourceId(r.source(), now);
        long reportId = ReportRows.nextId(sql, "report", "report_id");
        ReportRows.insertReport(sql, reportId, hash, url, r, sourceId, extractorId, now);
        ReportRows.insertDerived(sql, reportId, hash, x, extractorId);
        return PutOutcome.STORED;
    }

    private Optional<PutOutcome> existing(String hash, String url) throws SQLException {
        if (exists("SELECT 1 FROM report WHERE report_hash = ?", hash)) {
            return Optional.of(PutOutcome.SAME_CONTENT);
        }
        if (url != null && exists("SELECT 1 FROM report WHERE url = ?", url)) {
            return Optional.of(PutOutcome.SAME_URL);
        }
        return Optional.empty();
    }

    /**
     * Replaces the machine rows of a stored report with {@code x} (extracted from that report by
     * {@code version}) and re-applies the report's corrections, in one transaction.
     *
     * @throws IllegalArgumentException when no report has this hash or {@code x} is of another report
     */
    public synchronized Replaced replace(String reportHash, Extraction x, ExtractorVersion version) {
        if (!ContentHash.of(x.report()).equals(reportHash)) {
            throw new IllegalArgumentException("the extraction of report " + x.report().id()
                    + " does not belong to the stored report " + reportHash);
        }
        String now = now();
        return run(h -> h.inTransaction(t -> {
            lockForWriting(t);
            long reportId = t.createQuery("SELECT report_id FROM report WHERE report_hash = ?").bind(0, reportHash)
                    .mapTo(Long.class).findOne()
                    .orElseThrow(() -> new IllegalArgumentException("no stored report has the hash " + reportHash));
            long extractorId = extractorId(version, now);
            t.execute("UPDATE report SET extractor_id = ? WHERE report_id = ?", extractorId, reportId);
            IncidentRows.dissolveReport(sql, reportId);
            ReportRows.deleteDerived(sql, reportId);
            ReportRows.insertDerived(sql, reportId, reportHash, x, extractorId);
            CorrectionBook.Reapplied c = CorrectionBook.reapply(t, reportId, extractorId, now);
            return new Replaced(x.events().size(), c.reapplied(), c.reattached(), c.unattached());
        }), "re-extract report " + x.report().id());
    }

    /** The hashes of the reports whose machine rows are not {@code version}'s, in the order they were stored. */
    public synchronized List<String> reportsNotExtractedBy(String version) {
        return run(h -> h.createQuery("SELECT r.report_hash FROM report r JOIN extractor x ON x.extractor_id = r.extractor_id"
                + " WHERE x.version <> ? ORDER BY r.report_id").bind(0, version).mapTo(String.class).list(), "list reports");
    }

    /** The hashes of every stored report, in the order they were stored. */
    public synchronized List<String> reportHashes() {
        return run(h -> h.createQuery("SELECT report_hash FROM report ORDER BY report_id").mapTo(String.class).list(),
                "list reports");
    }

    /** The stored report with this hash. */
    public synchronized Optional<StoredReport> report(String hash) {
        return run(h -> h.createQuery(REPORT + " WHERE r.report_hash = ?").bind(0, hash)
                .map((rs, cx) -> storedReport(rs)).findOne(), "read a report");
    }

    /** Every stored report, in the order they were stored (e.g. to build a search index from the store). */
    public synchronized void forEachReport(Consumer<StoredReport> consumer) {
        run(h -> {
            h.createQuery(REPORT + " ORDER BY r.report_id").map((rs, cx) -> storedReport(rs)).forEach(consumer);
            return null;
        }, "read the reports");
    }

    private static StoredReport storedReport(ResultSet rs) throws SQLException {
        Report r = new Report(rs.getString("article_id"), rs.getString("title"), rs.getString("body"),
                PublishedTime.parseIso(rs.getString("published")).orElse(null), rs.getString("url"),
                rs.getString("source_name"), rs.getString("origin"));
        return new StoredReport(rs.getString("report_hash"), r, rs.getString("extractor_version"));
    }

    /**
     * The incidents matching {@code query}, each with every report's reading. The criteria apply to the
     * incident's own fields (date, type or sub-type, coordinates, admin1), and the actor to any of its readings;
     * evidence is not loaded.
     */
    public synchronized List<StoredIncident> incidents(EventQuery query) {
        return run(h -> IncidentRows.list(h, query), "query incidents");
    }

    /** The events matching {@code query}, with corrections applied. */
    public synchronized List<StoredEvent> events(EventQuery query) {
        return run(h -> EventRows.list(h, query), "query events");
    }

    /** Streams the events matching {@code query} (without evidence) to {@code consumer}, in query order. */
    public synchronized void forEachEvent(EventQuery query, Consumer<StoredEvent> consumer) {
        run(h -> {
            EventRows.forEach(h, query, consumer);
            return null;
        }, "query events");
    }

    /**
     * Records an analyst's correction of one field of one event and applies it, in one transaction.
     *
     * @throws IllegalArgumentException for an unknown event key or field, or a value that does not fit the field
     */
    public synchronized Correction correct(String eventKey, String field, String value, String analyst, String reason) {
        CorrectionField f = CorrectionField.byName(field).orElseThrow(() -> new IllegalArgumentException(
                "unknown field '" + field + "': corrections apply to " + CorrectionField.names()));
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("a correction needs the analyst's name");
        }
        String now = now();
        return run(h -> h.inTransaction(t -> {
            lockForWriting(t);
            Set<IncidentRows.Seed> touched = IncidentRows.dissolveEvent(sql, eventKey);
            Correction c = CorrectionBook.create(t, eventKey, f, value, analyst.strip(),
                    reason == null ? "" : reason.strip(), now);
            touched.addAll(IncidentRows.seedsOfEvent(sql, eventKey));
            IncidentRows.rebuild(sql, touched);
            return c;
        }), "record a correction");
    }

    /** Every correction, oldest first. */
    public synchronized List<Correction> corrections() {
        return run(h -> h.createQuery("SELECT c.*, r.report_hash FROM correction c JOIN report r ON r.report_id = c.report_id"
                        + " ORDER BY c.created_at, c.correction_id")
                .map((rs, cx) -> new Correction(rs.getString("correction_id"), rs.getString("report_hash"),
                        rs.getString("event_key"), CorrectionField.byName(rs.getString("field")).orElseThrow(),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("analyst"),
                        rs.getString("reason"), Instant.parse(rs.getString("created_at")),
                        Correction.Status.ofDb(rs.getString("status"))))
                .list(), "list corrections");
    }

    /** The audit trail of one correction, in order. */
    public synchronized List<CorrectionLogEntry> correctionLog(String correctionId) {
        return run(h -> h.createQuery("SELECT l.*, x.version AS extractor_version FROM correction_log l"
                        + " JOIN extractor x ON x.extractor_id = l.extractor_id WHERE l.correction_id = ? ORDER BY l.seq")
                .bind(0, correctionId)
                .map((rs, cx) -> new CorrectionLogEntry(rs.getString("correction_id"), rs.getInt("seq"),
                        rs.getString("action"), rs.getString("event_key"), rs.getString("machine_value"),
                        rs.getString("extractor_version"), Instant.parse(rs.getString("logged_at")),
                        rs.getString("detail")))
                .list(), "read a correction's trail");
    }

    /** How many rows each table holds. */
    public synchronized StoreCounts counts() {
        return run(h -> new StoreCounts(count(h, "report"), count(h, "source"), count(h, "report_actor"),
                count(h, "report_place"), count(h, "event"), count(h, "event_actor"), count(h, "relation"),
                count(h, "mention"), count(h, "correction"), count(h, "correction_log"), count(h, "extractor"),
                count(h, "incident")),
                "count rows");
    }

    private static long count(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    /** The id of {@code v} in the extractor table, registering it when new. */
    private long extractorId(ExtractorVersion v, String now) throws SQLException {
        Long id = extractorIds.get(v.version());
        if (id == null) {
            id = idOf("SELECT extractor_id FROM extractor WHERE version = ?", v.version());
            if (id == null) {
                id = ReportRows.nextId(sql, "extractor", "extractor_id");
                PreparedStatement ps = sql.get("INSERT INTO extractor (extractor_id, version, core_version, "
                        + "knowledge_hash, code_hash, first_used_at) VALUES (?, ?, ?, ?, ?, ?)");
                ps.setLong(1, id);
                ps.setString(2, v.version());
                ps.setString(3, v.coreVersion());
                ps.setString(4, v.knowledgeHash());
                ps.setString(5, v.codeHash());
                ps.setString(6, now);
                ps.executeUpdate();
            }
            extractorIds.put(v.version(), id);
        }
        return id;
    }

    /** The id of the publisher {@code name}, registering it when new; {@code null} for none. */
    private Long sourceId(String name, String now) throws SQLException {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        Long id = sourceIds.get(n);
        if (id == null) {
            id = idOf("SELECT source_id FROM source WHERE name = ?", n);
            if (id == null) {
                id = ReportRows.nextId(sql, "source", "source_id");
                PreparedStatement ps = sql.get("INSERT INTO source (source_id, name, first_seen_at) VALUES (?, ?, ?)");
                ps.setLong(1, id);
                ps.setString(2, n);
                ps.setString(3, now);
                ps.executeUpdate();
            }
            sourceIds.put(n, id);
        }
        return id;
    }

    private Long idOf(String query, String value) throws SQLException {
        PreparedStatement ps = sql.get(query);
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /**
     * Makes writers of this store queue, in every process: each write transaction picks its new row ids as
     * the next after the largest, which two concurrent transactions would pick alike. SQLite's write
     * transactions take the write lock as they begin (see {@link Database}); on PostgreSQL the transaction
     * takes an advisory lock of Marsad's for the current schema, released when it ends.
     */
    private void lockForWriting(Handle t) {
        if (location.vendor() == StoreLocation.Vendor.POSTGRESQL) {
            t.createQuery("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_CLASS + ", hashtext(current_schema()))")
                    .mapTo(String.class).one();
        }
    }

    /** The time written on rows: UTC, microseconds, strictly increasing within this store. */
    private String now() {
        Instant t = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!t.isAfter(lastNow)) {
            t = lastNow.plus(1, ChronoUnit.MICROS);
        }
        lastNow = t;
        return INSTANT.format(t);
    }

    /** Work on the store's connection. */
    private interface Work<T> {
        T run(Handle h) throws SQLException;
    }

    private <T> T run(Work<T> work, String what) {
        try {
            return work.run(handle);
        } catch (JdbiException | SQLException e) {
            forgetCaches();
            throw new StoreException("cannot " + what + " in " + location.display() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            forgetCaches();
            throw e;
        }
    }

    /** After a rolled-back transaction the rows the caches vouch for may be gone. */
    private void forgetCaches() {
        extractorIds.clear();
        sourceIds.clear();
    }

    @Override
    public synchronized void close() {
        try (lookups) {
            sql.close();
            handle.close();
        } catch (JdbiException | SQLException e) {
            throw new StoreException("cannot close the store " + location.display() + ": " + e.getMessage(), e);
        }
    }
}
