package org.marsad.store.ingest;

import java.util.List;
import java.util.Objects;
import org.marsad.Marsad;
import org.marsad.store.ExtractorVersion;
import org.marsad.store.Store;
import org.marsad.store.StoredReport;

/**
 * {@code marsad reextract}: runs this extractor over the stored reports whose rows another extractor
 * version produced (or over all of them), replacing each report's machine rows and re-applying its analysts'
 * corrections in one transaction per report. An interrupted run resumes by itself: the reports already
 * re-extracted carry the new version and are passed over next time. After
 * {@value StoreIngest#INCIDENTS_FIRST}, 10,000, 20,000… reports, and at the end, the new events are merged into
 * incidents ({@link Store#assignIncidents}).
 */
public final class Reextraction {

    /** Hears each report's result, on the writing thread. */
    public interface Listener {
        /** Called once, before the first report, with how many reports will be re-extracted. */
        default void started(int reports) {
        }

        default void reextracted(StoredReport report, Store.Replaced result) {
        }

        default void failed(StoredReport report, String detail) {
        }
    }

    /**
     * What one run did.
     *
     * @param reports    reports re-extracted
     * @param events     machine events they now have
     * @param reapplied  corrections applied again to the event with their key
     * @param reattached corrections applied to another key with the same date and place
     * @param unattached corrections that found no event, kept and marked unattached
     * @param failed     reports the extractor failed on (left as they were)
     */
    public record Tally(long reports, long events, long reapplied, long reattached, long unattached, long failed) {

        public String toLine() {
            return reports + " reports re-extracted (" + events + " events); corrections: " + reapplied
                    + " re-applied, " + reattached + " re-attached by date and place, " + unattached
                    + " without an event (kept, unattached)" + (failed > 0 ? "; " + failed + " reports failed" : "");
        }
    }

    private final Marsad marsad;
    private final ExtractorVersion version;
    private final Store store;
    private final int threads;

    public Reextraction(Marsad marsad, ExtractorVersion version, Store store, int threads) {
        this.marsad = Objects.requireNonNull(marsad, "marsad");
        this.version = Objects.requireNonNull(version, "version");
        this.store = Objects.requireNonNull(store, "store");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one extraction thread is needed, not " + threads);
        }
        this.threads = threads;
    }

    /** Re-extracts the stale reports, or every report when {@code all}. */
    public Tally run(boolean all, Listener listener) {
        List<String> hashes = all ? store.reportHashes() : store.reportsNotExtractedBy(version.version());
        listener.started(hashes.size());
        long[] t = new long[6];
        try (OrderedPipeline<StoredReport, Extracted> pipeline = new OrderedPipeline<>(threads, "marsad-store-writer", 1,
                s -> Extracted.of(marsad, s.report()), done -> {
                    StoredReport report = done.get(0).input();
                    Extracted result = done.get(0).result();
                    if (result.ok()) {
                        Store.Replaced r = store.replace(report.hash(), result.extraction(), version);
                        long before = t[0]++;
                        if (StoreIngest.mergeDue(before, t[0])) {
                            store.assignIncidents();
                        }
                        t[1] += r.events();
                        t[2] += r.reapplied();
                        t[3] += r.reattached();
                        t[4] += r.unattached();
                        listener.reextracted(report, r);
                    } else {
                        t[5]++;
                        listener.failed(report, result.failure());
                    }
                })) {
            for (String hash : hashes) {
                store.report(hash).ifPresent(pipeline::submit);
            }
            pipeline.drain();
        }
        store.assignIncidents();
        return new Tally(t[0], t[1], t[2], t[3], t[4], t[5]);
    }
}
