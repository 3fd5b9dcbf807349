package org.marsad.store.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Extraction;
import org.marsad.model.Report;
import org.marsad.search.ReportIndex;
import org.marsad.search.SearchHit;
import org.marsad.store.Store;
import org.marsad.store.StoreLocation;
import org.marsad.store.StoredReport;
import org.marsad.store.ingest.IngestListener;

/**
 * The full-text index of a store's reports ({@link ReportIndex}: Arabic words stemmed, names folded), in a
 * folder beside the store: {@code marsad.db.index} next to the SQLite file {@code marsad.db}; for a PostgreSQL
 * store, a folder the caller names, by default {@code DATABASE-HASH.index} in the current folder (one per
 * database URL, see {@link #defaultFolder}).
 *
 * <p>Reports are indexed under their content hash, since article ids may repeat in a store. An ingest keeps
 * the index up to date by calling this as its {@link IngestListener}: each report stored is indexed (on a
 * thread of the index's own, see {@link #stored}), and
 * {@link #close} commits. Opening reconciles the index with the store, so that it never misses a stored
 * report: the reports an interrupted run stored but did not commit to the index are indexed, and reports the
 * store does not hold (an index left beside a store that was replaced) are removed. One process at a time may
 * open the index.
 */
public final class StoreSearch implements IngestListener, AutoCloseable {

    /**
     * What opening the index changed to match the store.
     *
     * @param added   stored reports the index lacked, now indexed
     * @param removed reports the store does not hold, removed from the index
     */
    public record Reconciled(int added, int removed) {
    }

    /** Beyond this many missing reports, reconciling reads all reports in one pass rather than one by one. */
    private static final int ONE_BY_ONE = 256;

    private final Store store;
    private final Path folder;
    private final ReportIndex index;
    private final IndexFeed feed;
    private Reconciled reconciled;

    private StoreSearch(Store store, Path folder, ReportIndex index) {
        this.store = store;
        this.folder = folder;
        this.index = index;
        this.feed = new IndexFeed(index);
    }

    /**
     * The index folder of a store when none is given: {@code FILE.index} beside a SQLite file; for PostgreSQL,
     * {@code DATABASE-HASH.index} in the current folder, HASH being the first 8 hex digits of the SHA-256 of
     * the URL with its password masked.
     */
    public static Path defaultFolder(StoreLocation location) {
        if (location.vendor() == StoreLocation.Vendor.SQLITE) {
            return location.file().resolveSibling(location.file().getFileName() + ".index");
        }
        String url = location.display();
        String path = url.replaceFirst("(?i)^jdbc:postgresql:(//[^/?]*)?/?", "").replaceFirst("[?;].*$", "");
        String database = path.isEmpty() ? "postgresql" : path.replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(database + "-" + sha256(url).substring(0, 8) + ".index").toAbsolutePath();
    }

    /**
     * Opens (creating when absent) the index in {@code folder} for {@code store} and reconciles it with the
     * store's reports.
     *
     * @throws IllegalStateException            when another process has the index open
     * @throws java.io.UncheckedIOException     when the folder cannot be used
     */
    public static StoreSearch open(Store store, Path folder) {
        Objects.requireNonNull(store, "store");
        StoreSearch search = new StoreSearch(store, folder, ReportIndex.open(folder));
        try {
            search.reconciled = search.reconcile();
        } catch (RuntimeException e) {
            search.feed.close();
            search.index.close();
            throw e;
        }
        return search;
    }

    private Reconciled reconcile() {
        Set<String> stale = new HashSet<>(index.ids());
        Set<String> missing = new HashSet<>();
        for (String hash : store.reportHashes()) {
            if (!stale.remove(hash)) {
                missing.add(hash);
            }
        }
        if (missing.size() > ONE_BY_ONE) {
            store.forEachReport(r -> {
                if (missing.contains(r.hash())) {
                    index.put(keyed(r.hash(), r.report()));
                }
            });
        } else {
            for (String hash : missing) {
                store.report(hash).ifPresent(r -> index.put(keyed(hash, r.report())));
            }
        }
        stale.forEach(index::delete);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            index.commit();
        }
        return new Reconciled(missing.size(), stale.size());
    }

    /** The report as indexed: under its content hash. */
    private static Report keyed(String hash, Report r) {
        return new Report(hash, r.title(), r.text(), r.published(), r.url(), r.source(), r.origin());
    }

    public Path folder() {
        return folder;
    }

    /** What opening changed to match the store. */
    public Reconciled reconciled() {
        return reconciled;
    }

    /**
     * Indexes a report an ingest has just stored, on a thread of the index's own ({@link IndexFeed}): searches,
     * {@link #size}, {@link #commit} and {@link #close} wait for it.
     */
    @Override
    public void stored(String hash, Extraction extraction) {
        feed.add(keyed(hash, extraction.report()));
    }

    /**
     * The {@code limit} stored reports that best match {@code query}, best first (query syntax:
     * marsad-search/README.md).
     *
     * @throws IllegalArgumentException for a query that cannot be parsed (the message names the fault) or a
     *                                  limit below 1
     */
    public List<ReportHit> search(String query, int limit) {
        feed.flush();
        List<ReportHit> hits = new ArrayList<>();
        for (SearchHit h : index.search(query, limit)) {
            Optional<StoredReport> report = store.report(h.reportId());
            report.ifPresent(r -> hits.add(new ReportHit(r, h.score(), h.snippet())));
        }
        return hits;
    }

    /** How many reports the index holds. */
    public int size() {
        feed.flush();
        return index.size();
    }

    /** Makes the reports indexed so far durable. */
    public void commit() {
        feed.flush();
        index.commit();
    }

    /** Commits and closes the index (not the store). */
    @Override
    public void close() {
        try {
            feed.close();
        } finally {
            index.close();
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java SE must provide", e);
        }
    }
}
