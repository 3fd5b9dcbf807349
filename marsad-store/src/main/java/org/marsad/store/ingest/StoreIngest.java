package org.marsad.store.ingest;

import java.util.List;
import java.util.Objects;
import org.marsad.Marsad;
import org.marsad.ingest.IngestSummary;
import org.marsad.ingest.Ingestor;
import org.marsad.model.Report;
import org.marsad.store.ContentHash;
import org.marsad.store.ExtractorVersion;
import org.marsad.store.Store;

/**
 * {@code marsad ingest}: reads inputs, extracts each report and stores it with its rows, one transaction per
 * report. A report the store already holds (same content hash, or same URL) is passed over before it is
 * extracted, so running an ingest again over the same inputs adds nothing, and re-running an interrupted
 * ingest resumes where it stopped: the reports it committed are passed over, the one it was writing was
 * rolled back and is stored now.
 *
 * <p>The extractor runs on {@code threads} threads; the calling thread reads the inputs and writes to the
 * store, in the order the reports were read. Every {@value #INCIDENTS_EVERY} reports stored, and at the end,
 * the new events are merged into incidents ({@link Store#assignIncidents}).
 */
public final class StoreIngest {

    /**
     * How many reports are stored between two mergings of their events into incidents: each merging reads the
     * events around the new ones' days, so reports spread over years cost more per merging than a day's news.
     */
    static final int INCIDENTS_EVERY = 5_000;

    private final Marsad marsad;
    private final ExtractorVersion version;
    private final Store store;
    private final int threads;

    public StoreIngest(Marsad marsad, ExtractorVersion version, Store store, int threads) {
        this.marsad = Objects.requireNonNull(marsad, "marsad");
        this.version = Objects.requireNonNull(version, "version");
        this.store = Objects.requireNonNull(store, "store");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one extraction thread is needed, not " + threads);
        }
        this.threads = threads;
    }

    /** Reads, extracts and stores every report of {@code inputs} (see {@link Ingestor#read}). */
    public IngestTally ingest(Ingestor ingestor, List<String> inputs, IngestListener listener) {
        Counts n = new Counts();
        IngestSummary reading;
        try (OrderedPipeline<Read, Extracted> pipeline = new OrderedPipeline<>(threads,
                read -> Extracted.of(marsad, read.report()), (read, extracted) -> write(read, extracted, listener, n))) {
            reading = ingestor.read(inputs, report -> {
                String hash = ContentHash.of(report);
                if (store.contains(hash)) {
                    n.sameContent++;
                    listener.notStored(report, IngestTally.Outcome.SAME_CONTENT, "already stored");
                } else if (store.containsUrl(report.url())) {
                    n.sameUrl++;
                    listener.notStored(report, IngestTally.Outcome.SAME_URL, "URL already stored: " + report.url());
                } else {
                    pipeline.submit(new Read(report, hash));
                }
            }, listener::skipped);
            pipeline.drain();
        }
        store.assignIncidents();
        return new IngestTally(reading, n.stored, n.sameContent, n.sameUrl, n.failed);
    }

    /** A report read and not yet stored, with its content hash. */
    private record Read(Report report, String hash) {
    }

    private void write(Read read, Extracted x, IngestListener listener, Counts n) {
        Report report = read.report();
        if (!x.ok()) {
            n.failed++;
            listener.notStored(report, IngestTally.Outcome.FAILED, x.failure());
            return;
        }
        switch (store.put(x.extraction(), version)) {
            case STORED -> {
                n.stored++;
                listener.stored(read.hash(), x.extraction());
                if (n.stored % INCIDENTS_EVERY == 0) {
                    store.assignIncidents();
                }
            }
            case SAME_CONTENT -> {
                n.sameContent++;
                listener.notStored(report, IngestTally.Outcome.SAME_CONTENT, "already stored");
            }
            case SAME_URL -> {
                n.sameUrl++;
                listener.notStored(report, IngestTally.Outcome.SAME_URL, "URL already stored: " + report.url());
            }
        }
    }

    private static final class Counts {
        long stored;
        long sameContent;
        long sameUrl;
        long failed;
    }
}
