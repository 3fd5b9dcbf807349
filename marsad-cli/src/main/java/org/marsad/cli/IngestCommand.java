package org.marsad.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.Skipped;
import org.marsad.model.Extraction;
import org.marsad.model.Report;
import org.marsad.store.ExtractorVersion;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.ingest.IngestListener;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.StoreIngest;
import org.marsad.store.search.StoreSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad ingest PATH... [--db FILE|URL]}: reports in, stored with everything extracted from them. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts reports and stores them, with their actors, places, mentions, events and relations,",
            "in a SQLite file (marsad.db by default) or a PostgreSQL database. Each report is stored in one transaction;",
            "reports already stored (same content, or same URL) are passed over, so running it again adds nothing and",
            "an interrupted run, started again, resumes where it stopped. Inputs as for 'extract'. Keeps the full-text",
            "index beside the store (see --index) and the incidents (see 'marsad incidents') up to date.",
            "Exit code: 0 every input read, 1 some inputs skipped or reports failed (see the summary), 2 usage or store error."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, or '-' for standard input")
    List<String> inputs;

    @Mixin
    StoreOptions store;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    IndexOptions index;

    @Option(names = "--max-input-size", paramLabel = "MB", defaultValue = "5",
            description = "skip inputs (or JSON Lines records) larger than this many megabytes (default: ${DEFAULT-VALUE})")
    int maxInputMegabytes;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: the number of processors)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress and no per-input messages, only the summary")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (maxInputMegabytes < 1) {
            err.println("marsad: --max-input-size must be at least 1 (megabytes), not " + maxInputMegabytes);
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("marsad: --threads must be at least 1, not " + n);
            return 2;
        }
        Marsad marsad = knowledge.load(err);
        if (marsad == null) {
            return 2;
        }
        ExtractorVersion version = ExtractorVersion.current(knowledge.files());
        Ingestor ingestor = Ingestor.builder().maxInputBytes(maxInputMegabytes * 1024L * 1024L).stdin(System.in).build();
        try (Store s = store.open(err, false)) {
            if (s == null) {
                return 2;
            }
            StoreSearch search = openIndex(s, err);
            IngestTally tally;
            try (Progress progress = Progress.start(err, "ingest", quiet ? -1 : InputCount.estimate(inputs), quiet)) {
                IngestListener listener = new Listener(progress);
                tally = new StoreIngest(marsad, version, s, n).ingest(ingestor, inputs,
                        search == null ? listener : search.andThen(listener));
            } finally {
                if (search != null) {
                    search.close();
                }
            }
            err.println("marsad: " + tally.toLine() + " (store: " + s.location().display() + ")");
            return tally.reading().skippedTotal() == 0 && tally.failed() == 0 ? 0 : 1;
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
    }

    /**
     * The store's search index, caught up with the store; {@code null} when another process has it open (the
     * ingest goes on without it, and the index catches up the next time it is opened).
     */
    private StoreSearch openIndex(Store s, PrintStream err) {
        Path folder = index.folder(s.location());
        try {
            StoreSearch search = StoreSearch.open(s, folder);
            if (search.reconciled().added() + search.reconciled().removed() > 0 && !quiet) {
                err.println("marsad: the index " + folder + " caught up with the store: " + search.reconciled().added()
                        + " reports indexed, " + search.reconciled().removed() + " removed");
            }
            return search;
        } catch (IllegalStateException e) {
            err.println("marsad: " + e.getMessage() + "; ingesting without it: it will index these reports the next"
                    + " time it is opened");
            return null;
        }
    }

    /** Moves the progress and names what was skipped or failed. */
    private final class Listener implements IngestListener {

        private final Progress progress;
        private long stored;
        private long already;
        private long failed;

        Listener(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void stored(String hash, Extraction extraction) {
            stored++;
            progress.step(note());
        }

        @Override
        public void notStored(Report report, IngestTally.Outcome outcome, String detail) {
            if (outcome == IngestTally.Outcome.FAILED) {
                failed++;
                progress.message("marsad: not stored " + report.origin() + ": " + detail);
            } else {
                already++;
            }
            progress.step(note());
        }

        @Override
        public void skipped(Skipped skipped) {
            if (!quiet) {
                progress.message("marsad: skipped " + skipped.input() + ": "
                        + skipped.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + skipped.detail() + ")");
            }
        }

        private String note() {
            return stored + " stored, " + already + " already stored" + (failed > 0 ? ", " + failed + " failed" : "");
        }
    }
}
