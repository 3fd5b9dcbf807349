package org.marsad.store.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.Marsad;
import org.marsad.ingest.IngestSummary;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.Skipped;
import org.marsad.model.Extraction;
import org.marsad.model.Report;
import org.marsad.store.ContentHash;
import org.marsad.store.ExtractorVersion;
import org.marsad.store.Store;

/**
 * {@code marsad ingest}: reads inputs, extracts each report and stores it with its rows, each report in one
 * transaction (the reports extracted and waiting, up to {@value #GROUP}, share it). A report the store
 * already holds (same content hash, or same URL) is passed over before it is extracted, so running an ingest
 * again over the same inputs adds nothing, and re-running an interrupted ingest resumes where it stopped: the
 * reports it committed are passed over, those it was writing were rolled back and are stored now.
 *
 * <p>Three stages run at once: the calling thread reads the inputs and passes over what the store holds, the
 * extractor runs on {@code threads} threads, and one writing thread stores the reports in the order they were
 * read and tells the listener (so a search index beside the store is fed there too). After
 * {@value #INCIDENTS_FIRST}, 10,000, 20,000… reports stored, and at the end, the new events are merged into
 * incidents ({@link Store#assignIncidents}).
 */
public final class StoreIngest {

    /**
     * After how many reports stored the first merging of their events into incidents comes; the next comes
     * after twice as many, and so on ({@link #mergeDue}). Each merging works the incidents out again around
     * the new events' days, so for reports spread over the same months it costs about as much as the events
     * stored so far: merging at a fixed interval would cost a run the square of its length, doubling the
     * interval costs it about twice the last merging, while incidents still appear as a long run goes on.
     */
    static final int INCIDENTS_FIRST = 5_000;
    /**
     * The most reports stored in one transaction, when that many are extracted and waiting: an interrupted
     * ingest loses at most these (the next run stores them), and a commit costs about as much as writing the
     * rows of a report (see {@link Store#putAll}).
     */
    static final int GROUP = 32;

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
        IngestListener heard = new OneAtATime(listener);
        try (OrderedPipeline<Read, Extracted> pipeline = new OrderedPipeline<>(threads, "marsad-store-writer",
                GROUP, read -> Extracted.of(marsad, read.report()), done -> write(done, heard, n))) {
            reading = ingestor.read(inputs, report -> {
                String hash = ContentHash.of(report);
                if (store.contains(hash)) {
                    n.sameContent.increment();
                    heard.notStored(report, IngestTally.Outcome.SAME_CONTENT, "already stored");
                } else if (store.containsUrl(report.url())) {
                    n.sameUrl.increment();
                    heard.notStored(report, IngestTally.Outcome.SAME_URL, "URL already stored: " + report.url());
                } else {
                    pipeline.submit(new Read(report, hash));
                }
            }, heard::skipped);
            pipeline.drain();
        }
        store.assignIncidents();
        return new IngestTally(reading, n.stored, n.sameContent.sum(), n.sameUrl.sum(), n.failed);
    }

    /** A report read and not yet stored, with its content hash. */
    private record Read(Report report, String hash) {
    }

    /**
     * Stores the reports extracted so far that are waiting, in one transaction ({@link Store#putAll}), then
     * tells the listener what became of each.
     */
    private void write(List<OrderedPipeline.Done<Read, Extracted>> done, IngestListener listener, Counts n) {
        List<Read> reads = new ArrayList<>(done.size());
        List<Extraction> extractions = new ArrayList<>(done.size());
        for (OrderedPipeline.Done<Read, Extracted> d : done) {
            if (d.result().ok()) {
                reads.add(d.input());
                extractions.add(d.result().extraction());
            } else {
                n.failed++;
                listener.notStored(d.input().report(), IngestTally.Outcome.FAILED, d.result().failure());
            }
        }
        List<Store.PutOutcome> outcomes = store.putAll(extractions, version);
        long before = n.stored;
        for (int i = 0; i < reads.size(); i++) {
            Report report = reads.get(i).report();
            switch (outcomes.get(i)) {
                case STORED -> {
                    n.stored++;
                    listener.stored(reads.get(i).hash(), extractions.get(i));
                }
                case SAME_CONTENT -> {
                    n.sameContent.increment();
                    listener.notStored(report, IngestTally.Outcome.SAME_CONTENT, "already stored");
                }
                case SAME_URL -> {
                    n.sameUrl.increment();
                    listener.notStored(report, IngestTally.Outcome.SAME_URL, "URL already stored: " + report.url());
                }
            }
        }
        if (mergeDue(before, n.stored)) {
            store.assignIncidents();
        }
    }

    /** Whether the events of a run are merged into incidents once its count of reports goes from {@code before} to {@code after}. */
    static boolean mergeDue(long before, long after) {
        for (long at = INCIDENTS_FIRST; at <= after; at *= 2) {
            if (at > before) {
                return true;
            }
        }
        return false;
    }

    /**
     * What became of the reports. {@code stored} and {@code failed} are counted by the writing thread alone and
     * read once it has ended ({@link OrderedPipeline#drain} joins it); the reading thread counts too.
     */
    private static final class Counts {
        long stored;
        long failed;
        final LongAdder sameContent = new LongAdder();
        final LongAdder sameUrl = new LongAdder();
    }

    /** Passes the calls of the reading and the writing thread to a listener one at a time. */
    private record OneAtATime(IngestListener listener) implements IngestListener {

        @Override
        public synchronized void stored(String hash, Extraction extraction) {
            listener.stored(hash, extraction);
        }

        @Override
        public synchronized void notStored(Report report, IngestTally.Outcome outcome, String detail) {
            listener.notStored(report, outcome, detail);
        }

        @Override
        public synchronized void skipped(Skipped skipped) {
            listener.skipped(skipped);
        }
    }
}
