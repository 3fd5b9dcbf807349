package org.marsad.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
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
 * file: writers wait for each other (up to 30 s), readers never wait.
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

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final StoreLocation location;
    private final Handle handle;
    private final Clock clock;
    private final Set<String> knownVersions = new HashSet<>();
    private final Set<String> knownSources = new HashSet<>();
    private Instant lastNow = Instant.EPOCH;

    private Store(StoreLocation location, Handle handle, Clock clock) {
        this.location = location;
        this.handle = handle;
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
            return new Store(location, Jdbi.create(ds).open(), clock);
        } catch (JdbiException e) {
            throw new StoreException("cannot connect to the store " + location.display() + ": " + e.getMessage(), e);
        }
    }

    public StoreLocation location() {
        return location;
    }

    /** Whether a report with this content hash is stored. */
    public synchronized boolean contains(String contentHash) {
        return run(h -> h.createQuery("SELECT 1 FROM report WHERE report_hash = ?").bind(0, contentHash)
                .mapTo(Integer.class).findOne().isPresent(), "look up a report");
    }

    /** Whether a report with this URL (compared as {@link ContentHash#normalizeUrl} makes it) is stored. */
    public synchronized boolean containsUrl(String url) {
        String u = ContentHash.normalizeUrl(url);
        return u != null && run(h -> h.createQuery("SELECT 1 FROM report WHERE url = ?").bind(0, u)
                .mapTo(Integer.class).findOne().isPresent(), "look up a URL");
    }

    /**
     * Stores a report and everything extracted from it in one transaction, unless the store already holds
     * its content or its URL.
     */
    public synchronized PutOutcome put(Extraction x, ExtractorVersion version) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(version, "version");
        Report r = x.report();
        String hash = ContentHash.of(r);
        String url = ContentHash.normalizeUrl(r.url());
        String now = now();
        try {
            return handle.inTransaction(h -> {
                Optional<PutOutcome> existing = existing(h, hash, url);
                if (existing.isPresent()) {
                    return existing.get();
                }
                register(h, version, now);
                registerSource(h, r.source(), now);
                ReportRows.insertReport(h, hash, url, r, version.version(), now);
                ReportRows.insertDerived(h, hash, x, version.version());
                return PutOutcome.STORED;
            });
        } catch (RuntimeException e) {
            forgetCaches();
            if (!(e instanceof JdbiException)) {
                throw e;
            }
            // another process may have stored the same report between our check and our insert
            Optional<PutOutcome> existing = run(h -> existing(h, hash, url), "look up a report");
            if (existing.isPresent()) {
                return existing.get();
            }
            throw new StoreException("cannot store report " + r.id() + " (" + r.origin() + ") in "
                    + location.display() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<PutOutcome> existing(Handle h, String hash, String url) {
        if (h.createQuery("SELECT 1 FROM report WHERE report_hash = ?").bind(0, hash).mapTo(Integer.class)
                .findOne().isPresent()) {
            return Optional.of(PutOutcome.SAME_CONTENT);
        }
        if (url != null && h.createQuery("SELECT 1 FROM report WHERE url = ?").bind(0, url).mapTo(Integer.class)
                .findOne().isPresent()) {
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
            register(t, version, now);
            int updated = t.createUpdate("UPDATE report SET extractor_version = ? WHERE report_hash = ?")
                    .bind(0, version.version()).bind(1, reportHash).execute();
            if (updated == 0) {
                throw new IllegalArgumentException("no stored report has the hash " + reportHash);
            }
            ReportRows.deleteDerived(t, reportHash);
            ReportRows.insertDerived(t, reportHash, x, version.version());
            CorrectionBook.Reapplied c = CorrectionBook.reapply(t, reportHash, version.version(), now);
            return new Replaced(x.events().size(), c.reapplied(), c.reattached(), c.unattached());
        }), "re-extract report " + x.report().id());
    }

    /** The hashes of the reports whose machine rows are not {@code version}'s, in the order they were stored. */
    public synchronized List<String> reportsNotExtractedBy(String version) {
        return run(h -> h.createQuery("SELECT report_hash FROM report WHERE extractor_version <> ? "
                + "ORDER BY ingested_at, report_hash").bind(0, version).mapTo(String.class).list(), "list reports");
    }

    /** The hashes of every stored report, in the order they were stored. */
    public synchronized List<String> reportHashes() {
        return run(h -> h.createQuery("SELECT report_hash FROM report ORDER BY ingested_at, report_hash")
                .mapTo(String.class).list(), "list reports");
    }

    /** The stored report with this hash. */
    public synchronized Optional<StoredReport> report(String hash) {
        return run(h -> h.createQuery("SELECT * FROM report WHERE report_hash = ?").bind(0, hash)
                .map((rs, cx) -> storedReport(rs)).findOne(), "read a report");
    }

    /** Every stored report, in the order they were stored (e.g. to build a search index from the store). */
    public synchronized void forEachReport(Consumer<StoredReport> consumer) {
        run(h -> {
            h.createQuery("SELECT * FROM report ORDER BY ingested_at, report_hash").map((rs, cx) -> storedReport(rs))
                    .forEach(consumer);
            return null;
        }, "read the reports");
    }

    private static StoredReport storedReport(java.sql.ResultSet rs) throws java.sql.SQLException {
        Report r = new Report(rs.getString("article_id"), rs.getString("title"), rs.getString("body"),
                PublishedTime.parseIso(rs.getString("published")).orElse(null), rs.getString("url"),
                rs.getString("source_name"), rs.getString("origin"));
        return new StoredReport(rs.getString("report_hash"), r, rs.getString("extractor_version"));
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
        return run(h -> h.inTransaction(t -> CorrectionBook.create(t, eventKey, f, value, analyst.strip(),
                reason == null ? "" : reason.strip(), now)), "record a correction");
    }

    /** Every correction, oldest first. */
    public synchronized List<Correction> corrections() {
        return run(h -> h.createQuery("SELECT * FROM correction ORDER BY created_at, correction_id")
                .map((rs, cx) -> new Correction(rs.getString("correction_id"), rs.getString("report_hash"),
                        rs.getString("event_key"), CorrectionField.byName(rs.getString("field")).orElseThrow(),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("analyst"),
                        rs.getString("reason"), Instant.parse(rs.getString("created_at")),
                        Correction.Status.ofDb(rs.getString("status"))))
                .list(), "list corrections");
    }

    /** The audit trail of one correction, in order. */
    public synchronized List<CorrectionLogEntry> correctionLog(String correctionId) {
        return run(h -> h.createQuery("SELECT * FROM correction_log WHERE correction_id = ? ORDER BY seq")
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
                count(h, "mention"), count(h, "correction"), count(h, "correction_log"), count(h, "extractor")),
                "count rows");
    }

    private static long count(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    private void register(Handle h, ExtractorVersion v, String now) {
        if (knownVersions.add(v.version())) {
            h.createUpdate("INSERT INTO extractor (version, core_version, knowledge_hash, code_hash, first_used_at) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .bind(0, v.version()).bind(1, v.coreVersion()).bind(2, v.knowledgeHash()).bind(3, v.codeHash())
                    .bind(4, now).execute();
        }
    }

    private void registerSource(Handle h, String source, String now) {
        if (source != null && !source.isBlank() && knownSources.add(source.strip())) {
            h.createUpdate("INSERT INTO source (name, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .bind(0, source.strip()).bind(1, now).execute();
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

    private interface Work<T> {
        T run(Handle h);
    }

    private <T> T run(Work<T> work, String what) {
        try {
            return work.run(handle);
        } catch (JdbiException e) {
            forgetCaches();
            throw new StoreException("cannot " + what + " in " + location.display() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            forgetCaches();
            throw e;
        }
    }

    /** After a rolled-back transaction the rows the caches vouch for may be gone. */
    private void forgetCaches() {
        knownVersions.clear();
        knownSources.clear();
    }

    @Override
    public synchronized void close() {
        try {
            handle.close();
        } catch (JdbiException e) {
            throw new StoreException("cannot close the store " + location.display() + ": " + e.getMessage(), e);
        }
    }
}
