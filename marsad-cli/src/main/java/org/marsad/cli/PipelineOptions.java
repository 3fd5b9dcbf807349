package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.marsad.Marsad;
import org.marsad.ingest.IngestSummary;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.Skipped;
import org.marsad.model.Extraction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that runs the pipeline over reports shares: the inputs, the output file, the analyst's
 * knowledge files, the size limit, and the run itself (load, read, extract, write, summarise).
 */
final class PipelineOptions {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files, folders, or '-' for standard input")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Option(names = "--max-input-size", paramLabel = "MB", defaultValue = "5",
            description = "skip inputs (or JSON Lines records) larger than this many megabytes (default: ${DEFAULT-VALUE})")
    int maxInputMegabytes;

    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = {"-q", "--quiet"}, description = "no per-input skip messages, only the summary")
    boolean quiet;

    /**
     * Runs the pipeline: every report read goes through {@link Marsad#extract} into the sink that
     * {@code openSink} makes on the output stream. Returns the exit code: 0 all inputs read, 1 some skipped,
     * 2 bad usage, bad knowledge files or unwritable output.
     */
    <S extends AutoCloseable & Consumer<Extraction>> int run(Function<OutputStream, S> openSink) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (inputs.isEmpty()) {
            err.println("marsad: no input: name files or folders, or '-' for standard input");
            return 2;
        }
        if (maxInputMegabytes < 1) {
            err.println("marsad: --max-input-size must be at least 1 (megabytes), not " + maxInputMegabytes);
            return 2;
        }
        Marsad marsad = knowledge.load(err);
        if (marsad == null) {
            return 2;
        }
        Ingestor ingestor = Ingestor.builder().maxInputBytes(maxInputMegabytes * 1024L * 1024L).stdin(System.in).build();
        IngestSummary summary;
        try (OutputStream out = openOutput(); S sink = openSink.apply(out)) {
            summary = ingestor.read(inputs, report -> sink.accept(marsad.extract(report)), skipped -> report(err, skipped));
        } catch (Exception e) {
            err.println("marsad: cannot write the output: " + e.getMessage());
            return 2;
        }
        err.println("marsad: " + summary.toLine());
        return summary.skippedTotal() == 0 ? 0 : 1;
    }

    private void report(PrintStream err, Skipped skipped) {
        if (!quiet) {
            err.println("marsad: skipped " + skipped.input() + ": "
                    + skipped.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + skipped.detail() + ")");
        }
    }

    /** The output file, or standard output (kept open when the stream is closed). */
    OutputStream openOutput() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(new KeepOpen(System.out), 1 << 16);
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
    }

    /** Keeps standard output open when a writer closes. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
