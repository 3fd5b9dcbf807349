package org.marsad.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.ingest.Ingestor;
import org.marsad.model.Report;
import org.marsad.store.EventQuery;
import org.marsad.store.ExtractorVersion;
import org.marsad.store.Store;
import org.marsad.store.StoreCounts;
import org.marsad.store.StoreLocation;
import org.marsad.store.StoredIncident;
import org.marsad.store.ingest.IngestListener;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.StoreIngest;
import org.marsad.store.search.StoreSearch;
import org.marsad.store.testing.SyntheticCorpus;

/**
 * Ingest throughput and query latency of the store. Generates N Arabic reports from the store tests'
 * templates ({@link SyntheticCorpus}), writes them as JSON Lines to a temporary folder, and ingests them
 * exactly as {@code marsad ingest} does (read, extract on T threads, one transaction per report, the search
 * index beside the store fed as each report is stored, the new events merged into incidents every 5,000
 * reports and at the end) into a new SQLite file there, or into the PostgreSQL database given with {@code --db}; then
 * ingests the file again (everything already stored: the speed of a resumed run); then times Q queries by
 * actor and a 30-day window (actor and window drawn at random from the corpus's actors and two years; the
 * first 10% are warm-up and not counted), Q full-text searches (a word or two drawn from the corpus's
 * vocabulary) and a query of every incident, and prints the percentiles; then builds a second index from the
 * store alone (what opening an index that lacks every report does). Last, for a SQLite store, it times the
 * store alone: 5,000 of the reports extracted beforehand, then only written, one transaction each, into a new
 * file.
 *
 * <pre>java -cp marsad-bench/target/benchmarks.jar org.marsad.bench.IngestBenchmark [N [Q [T]]] [--db URL]</pre>
 *
 * Defaults: N = 20,000 reports, Q = 1,000 queries, T = the number of processors.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> rest = new java.util.ArrayList<>(Arrays.asList(args));
        String db = null;
        int at = rest.indexOf("--db");
        if (at >= 0) {
            db = rest.get(at + 1);
            rest.subList(at, at + 2).clear();
        }
        int n = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 20_000;
        int queries = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 1_000;
        int threads = rest.size() > 2 ? Integer.parseInt(rest.get(2)) : Runtime.getRuntime().availableProcessors();

        Path tmp = Files.createTempDirectory("marsad-ingest-bench");
        try {
            long g0 = System.nanoTime();
            List<Report> reports = SyntheticCorpus.generate(n, 2024);
            Path corpus = tmp.resolve("corpus.jsonl");
            SyntheticCorpus.writeJsonLines(reports, corpus);
            out.printf("generated %,d reports (%.1f MB of JSON Lines) in %.1f s%n", n, Files.size(corpus) / 1e6,
                    (System.nanoTime() - g0) / 1e9);
            long k0 = System.nanoTime();
            Marsad marsad = Marsad.builder().build();
            ExtractorVersion version = ExtractorVersion.current(List.of());
            out.printf("knowledge loaded and versioned in %.2f s (%s)%n", (System.nanoTime() - k0) / 1e9, version);

            StoreLocation location = StoreLocation.parse(db != null ? db : tmp.resolve("bench.db").toString());
            try (Store store = Store.open(location)) {
                StoreIngest ingest = new StoreIngest(marsad, version, store, threads);
                long t0 = System.nanoTime();
                long cpu0 = processCpuNanos();
                IngestTally first;
                try (StoreSearch search = StoreSearch.open(store, tmp.resolve("bench.index"))) {
                    first = ingest.ingest(Ingestor.builder().build(), List.of(corpus.toString()), search);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (processCpuNanos() - cpu0) / 1e9;
                StoreCounts counts = store.counts();
                out.printf("ingest into %s, %d extraction threads: %s%n", location.vendor(), threads, first.toLine());
                out.printf("  %,d reports in %.1f s: %.0f reports/s (cold JVM: includes the JIT's warm-up)%n",
                        first.stored(), seconds, first.stored() / seconds);
                out.printf("  the JVM's CPU time meanwhile: %.1f s, %.0f%% of the %d processors (extraction, store, index,"
                        + " the JIT compiling and the GC)%n", cpu, 100 * cpu / seconds / Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors());
                out.printf("  store: %s%n", counts.toLine());
                long r0 = System.nanoTime();
                IngestTally again = ingest.ingest(Ingestor.builder().build(), List.of(corpus.toString()), new IngestListener() { });
                double resumeSeconds = (System.nanoTime() - r0) / 1e9;
                out.printf("ingest again (all already stored): %,d reports passed over in %.1f s: %.0f reports/s%n",
                        again.sameContent(), resumeSeconds, again.sameContent() / resumeSeconds);
                queries(store, queries, out);
                try (StoreSearch search = StoreSearch.open(store, tmp.resolve("bench.index"))) {
                    searches(search, queries, out);
                }
                long i0 = System.nanoTime();
                List<StoredIncident> incidents = store.incidents(EventQuery.all());
                out.printf("every incident with its readings: %,d incidents (%,d with several reports) in %.0f ms%n",
                        incidents.size(), incidents.stream().filter(i -> i.articleIds().size() > 1).count(),
                        (System.nanoTime() - i0) / 1e6);
                long x0 = System.nanoTime();
                try (StoreSearch rebuilt = StoreSearch.open(store, tmp.resolve("rebuilt.index"))) {
                    double s = (System.nanoTime() - x0) / 1e9;
                    out.printf("an index built from the store alone: %,d reports in %.1f s: %.0f reports/s%n",
                            rebuilt.reconciled().added(), s, rebuilt.reconciled().added() / s);
                }
            }
            if (location.file() != null) {
                out.printf("store file after closing: %.1f MB; search index: %.1f MB%n", size(tmp, "bench.db") / 1e6,
                        size(tmp.resolve("bench.index"), "") / 1e6);
            }
            writerAlone(marsad, version, reports.subList(0, Math.min(n, 5_000)), db == null
                    ? StoreLocation.parse(tmp.resolve("writer.db").toString()) : location, db != null, out);
        } finally {
            deleteAll(tmp);
        }
    }

    /**
     * The store's share of the ingest: the same reports extracted beforehand, then only {@link Store#put} timed,
     * one transaction each, into a new store (or, for PostgreSQL, again into the same database, where every
     * report is then already stored: that times the check alone, so it is skipped).
     */
    private static void writerAlone(Marsad marsad, ExtractorVersion version, List<Report> reports, StoreLocation location,
                                    boolean shared, PrintStream out) {
        if (shared) {
            return;
        }
        List<org.marsad.model.Extraction> extracted = reports.stream().map(marsad::extract).toList();
        try (Store store = Store.open(location)) {
            long t0 = System.nanoTime();
            for (org.marsad.model.Extraction x : extracted) {
                store.put(x, version);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf("store alone (reports extracted beforehand, then put one transaction each): %,d reports in %.1f s:"
                    + " %.0f reports/s%n", extracted.size(), seconds, extracted.size() / seconds);
        }
    }

    private static void queries(Store store, int count, PrintStream out) {
        List<SyntheticCorpus.ActorName> actors = SyntheticCorpus.actors();
        Random random = new Random(7);
        int days = (int) (SyntheticCorpus.lastDay().toEpochDay() - SyntheticCorpus.firstDay().toEpochDay());
        int warmup = count / 10;
        long[] nanos = new long[count];
        long rows = 0;
        for (int i = 0; i < warmup + count; i++) {
            String actor = actors.get(random.nextInt(actors.size())).acled();
            LocalDate from = SyntheticCorpus.firstDay().plusDays(random.nextInt(days - 30));
            EventQuery q = EventQuery.all().withActor(actor).between(from, from.plusDays(29));
            long t0 = System.nanoTime();
            int found = store.events(q).size();
            long t = System.nanoTime() - t0;
            if (i >= warmup) {
                nanos[i - warmup] = t;
                rows += found;
            }
        }
        Arrays.sort(nanos);
        out.printf("%,d queries by actor and 30-day window (after %,d warm-up queries): %.1f events each on average%n",
                count, warmup, rows / (double) count);
        out.printf("  latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), nanos[count - 1] / 1e6);
    }

    private static void searches(StoreSearch search, int count, PrintStream out) {
        List<String> words = List.of("قصف", "القصف", "اشتباكات", "ادلب", "حلب", "غارات", "مدنيين", "عبوة ناسفة",
                "\"قوات النظام\"", "هجوم", "دير الزور", "الحوثي", "تعز", "اعتقال", "سيطرة", "الموصل");
        Random random = new Random(11);
        int warmup = count / 10;
        long[] nanos = new long[count];
        long hits = 0;
        for (int i = 0; i < warmup + count; i++) {
            String query = words.get(random.nextInt(words.size()));
            long t0 = System.nanoTime();
            int found = search.search(query, 20).size();
            long t = System.nanoTime() - t0;
            if (i >= warmup) {
                nanos[i - warmup] = t;
                hits += found;
            }
        }
        Arrays.sort(nanos);
        out.printf("%,d full-text searches, 20 best reports with snippets (after %,d warm-up): %.1f hits each on average%n",
                count, warmup, hits / (double) count);
        out.printf("  latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), nanos[count - 1] / 1e6);
    }

    /** The CPU time of this JVM, every thread, so far. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The bytes of the files under {@code dir} whose names start with {@code prefix}. */
    private static long size(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().startsWith(prefix)).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
