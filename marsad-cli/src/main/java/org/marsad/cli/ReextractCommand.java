package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.store.ExtractorVersion;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoredReport;
import org.marsad.store.ingest.Reextraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad reextract [--db FILE|URL] [--all]}: this extractor over the stored reports, corrections kept. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Runs this version of the extractor over the stored reports that another version extracted",
            "(or over all with --all), replacing their machine rows. Analysts' corrections are kept and applied again",
            "to the new events; a correction whose event is gone is kept, marked unattached (see 'marsad corrections').",
            "One transaction per report: an interrupted run resumes when started again.",
            "Exit code: 0 done, 1 some reports failed, 2 usage or store error."})
final class ReextractCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--all", description = "re-extract every report, even those this version extracted")
    boolean all;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: the number of processors)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress, only the summary")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
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
        try (Store s = store.open(err, true)) {
            if (s == null) {
                return 2;
            }
            Listener listener = new Listener(err);
            Reextraction.Tally tally;
            try {
                tally = new Reextraction(marsad, version, s, n).run(all, listener);
            } finally {
                listener.close();
            }
            err.println("marsad: " + tally.toLine() + " with extractor " + version.version());
            if (tally.unattached() > 0) {
                err.println("marsad: see 'marsad corrections --unattached' for the corrections without an event");
            }
            return tally.failed() == 0 ? 0 : 1;
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
    }

    /** Shows progress once the number of reports is known. */
    private final class Listener implements Reextraction.Listener, AutoCloseable {

        private final PrintStream err;
        private Progress progress;
        private long done;

        Listener(PrintStream err) {
            this.err = err;
        }

        @Override
        public void started(int reports) {
            progress = Progress.start(err, "reextract", reports, quiet);
        }

        @Override
        public void reextracted(StoredReport report, Store.Replaced result) {
            done++;
            progress.step(done + " re-extracted");
        }

        @Override
        public void failed(StoredReport report, String detail) {
            progress.message("marsad: " + detail);
            progress.step(done + " re-extracted");
        }

        @Override
        public void close() {
            if (progress != null) {
                progress.close();
            }
        }
    }
}
