package org.marsad.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.Marsad;
import org.marsad.ingest.Ingestor;
import org.marsad.model.Report;

/**
 * Reports per second of the full extraction on one thread, beside a Lucene {@code ArabicAnalyzer} pass
 * (tokenize, normalize, stem) over the same titles and texts in the same run, and their ratio: how much
 * more than a light stemmer Marsad costs. Reads the reports given as arguments (any input {@code marsad
 * extract} reads), warms both up, then times several rounds of each and prints the best.
 *
 * <pre>java -cp marsad-bench/target/benchmarks.jar org.marsad.bench.ThroughputBenchmark REPORTS...</pre>
 *
 * <p>The warm-up is a number of rounds ({@value #DEFAULT_WARMUP_ROUNDS}, or the system property
 * {@code marsad.bench.warmup}). On a two-core machine the JIT compiles the extraction's hot code on one
 * compiler thread for some fifteen seconds, so the faster the rounds, the less of that a fixed number of them
 * covers: the default of 15 rounds measures the compiled steady state of both pipelines (the same warm-up
 * for each); {@code -Dmarsad.bench.warmup=3} shows the nearly cold figure.
 */
public final class ThroughputBenchmark {

    private static final int DEFAULT_WARMUP_ROUNDS = 15;
    private static final int WARMUP_ROUNDS = Integer.getInteger("marsad.bench.warmup", DEFAULT_WARMUP_ROUNDS);
    private static final int MEASURED_ROUNDS = 5;

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            out.println("usage: ThroughputBenchmark REPORTS...   (files or folders of reports, JSON Lines, ...)");
            System.exit(2);
        }
        List<Report> reports = new ArrayList<>();
        Ingestor.builder().build().read(List.of(args), reports::add, skipped -> { });
        Marsad marsad = Marsad.builder().build();
        long chars = reports.stream().mapToLong(r -> r.title().length() + r.text().length()).sum();
        out.printf("%d reports, %.1f MB of text%n", reports.size(), chars * 2 / 1e6);

        long sink = 0;
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            sink += extractAll(marsad, reports) + analyzeAll(reports);
        }
        double bestMarsad = Double.MAX_VALUE;
        double bestLucene = Double.MAX_VALUE;
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long t0 = System.nanoTime();
            sink += extractAll(marsad, reports);
            long t1 = System.nanoTime();
            sink += analyzeAll(reports);
            long t2 = System.nanoTime();
            bestMarsad = Math.min(bestMarsad, (t1 - t0) / 1e9);
            bestLucene = Math.min(bestLucene, (t2 - t1) / 1e9);
        }
        double marsadRate = reports.size() / bestMarsad;
        double luceneRate = reports.size() / bestLucene;
        out.printf("marsad extraction, 1 thread:  %8.1f reports/s (best of %d rounds: %.3f s)%n", marsadRate,
                MEASURED_ROUNDS, bestMarsad);
        out.printf("lucene ArabicAnalyzer pass:   %8.1f reports/s (best of %d rounds: %.3f s)%n", luceneRate,
                MEASURED_ROUNDS, bestLucene);
        out.printf("ratio marsad/lucene:          %8.3f%n", marsadRate / luceneRate);
        out.printf("(checksum %d)%n", sink);
    }

    private static long extractAll(Marsad marsad, List<Report> reports) {
        long n = 0;
        for (Report r : reports) {
            n += marsad.extract(r).events().size();
        }
        return n;
    }

    private static long analyzeAll(List<Report> reports) {
        long n = 0;
        try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
            for (Report r : reports) {
                n += tokens(analyzer, r.title()) + tokens(analyzer, r.text());
            }
        }
        return n;
    }

    private static long tokens(ArabicAnalyzer analyzer, String text) {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += term.length();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a report", e);
        }
        return n;
    }
}
