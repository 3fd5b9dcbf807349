package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.export.JsonLinesWriter;
import org.marsad.ingest.IngestSummary;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad extract PATH... | -}: reports in, one JSON object per report out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts events, actors, places and relations from reports.",
            "Inputs: plain-text reports, JSON Lines, HTML pages, RSS/Atom feeds, folders (recursively), '-' for stdin.",
            "Writes one JSON object per report per line; a summary goes to stderr.",
            "Exit code: 0 all inputs read, 1 some inputs skipped (see the summary), 2 usage error."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, or '-' for standard input")
    private List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    private Path output;

    @Option(names = "--with-text", description = "add the report text the offsets refer to")
    private boolean withText;

    @Option(names = "--max-input-size", paramLabel = "MB", defaultValue = "5",
            description = "skip inputs (or JSON Lines records) larger than this many megabytes (default: ${DEFAULT-VALUE})")
    private int maxInputMegabytes;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "an analyst's actor file (same layout as the bundled ones) on top of the bundled registry; repeatable")
    private List<Path> actorFiles = new java.util.ArrayList<>();

    @Option(names = "--places", paramLabel = "FILE",
            description = "an analyst's place file (places or countries layout) on top of the bundled gazetteer; repeatable")
    private List<Path> placeFiles = new java.util.ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "no per-input skip messages, only the summary")
    private boolean quiet;

    @Override
    public Integer call() {
        if (maxInputMegabytes < 1) {
            System.err.println("marsad: --max-input-size must be at least 1 (megabytes), not " + maxInputMegabytes);
            return 2;
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Marsad marsad;
        try {
            Marsad.Builder builder = Marsad.builder();
            actorFiles.forEach(builder::actorFile);
            placeFiles.forEach(builder::placeFile);
            marsad = builder.build();
        } catch (RuntimeException e) {
            err.println("marsad: cannot load the knowledge files: " + e.getMessage());
            return 2;
        }
        Ingestor ingestor = Ingestor.builder()
                .maxInputBytes(maxInputMegabytes * 1024L * 1024L)
                .stdin(System.in)
                .build();
        IngestSummary summary;
        try (OutputStream out = openOutput(); JsonLinesWriter writer = new JsonLinesWriter(out, withText)) {
            summary = ingestor.read(inputs, report -> writer.write(marsad.extract(report)),
                    skipped -> report(err, skipped));
        } catch (IOException | UncheckedIOException e) {
            err.println("marsad: cannot write the output: " + e.getMessage());
            return 2;
        }
        err.println("marsad: " + summary.toLine());
        return summary.skippedTotal() == 0 ? 0 : 1;
    }

    private void report(PrintStream err, Skipped skipped) {
        if (!quiet) {
            err.println("marsad: skipped " + skipped.input() + ": " + skipped.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + skipped.detail() + ")");
        }
    }

    private OutputStream openOutput() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(new NonClosingStream(System.out), 1 << 16);
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
    }

    /** Keeps standard output open when the writer closes. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
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
