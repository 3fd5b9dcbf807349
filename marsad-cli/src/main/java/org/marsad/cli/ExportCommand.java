package org.marsad.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.marsad.export.AcledCsvWriter;
import org.marsad.export.GeoJsonWriter;
import org.marsad.model.Extraction;
import org.marsad.parquet.ParquetEventWriter;
import org.marsad.store.EventQuery;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad export --format acled-csv|geojson|parquet PATH...}: the events of reports in ACLED's CSV,
 * GeoJSON or Parquet; with {@code --db}, the events of a store instead, selected as {@code marsad events}
 * selects them. Parquet, being binary, is never written to a terminal.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes events as ACLED's CSV (exactly ACLED's columns, in order), as a GeoJSON FeatureCollection",
            "of points, or as Parquet (ACLED's columns, typed, then marsad_report_id, marsad_event_number and",
            "marsad_confidence; to a file with -o, or to a redirected standard output, never to a terminal):",
            "the events extracted from PATHs (inputs as for 'extract'), or with --db the events of a store,",
            "corrections applied, chosen by --actor, --type, --from, --to, --bbox, --admin1 and --limit as in 'events'.",
            "Exit code: 0 all inputs read, 1 some inputs skipped (see the summary), 2 usage or store error."})
final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { ACLED_CSV, GEOJSON, PARQUET }

    @Mixin
    private PipelineOptions pipeline;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "acled-csv, geojson or parquet")
    private Format format;

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "export from this store (a SQLite file or a jdbc:postgresql:// URL) instead of from PATHs")
    private String db;

    @Mixin
    private EventFilterOptions filters;

    private final Clock clock;

    ExportCommand() {
        this(Clock.systemUTC());
    }

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (format == Format.PARQUET && pipeline.output == null && Terminal.isStandardOutput()) {
            err.println("marsad: Parquet is a binary format and standard output is a terminal: give -o FILE.parquet"
                    + " (or redirect standard output to a file)");
            return 2;
        }
        if (db != null) {
            if (!pipeline.inputs.isEmpty()) {
                err.println("marsad: give either PATHs or --db, not both");
                return 2;
            }
            return fromStore(err);
        }
        if (filters.any()) {
            err.println("marsad: --actor, --type, --from, --to, --bbox, --admin1 and --limit select the events of a store:"
                    + " add --db");
            return 2;
        }
        long timestamp = clock.instant().getEpochSecond();
        return switch (format) {
            case ACLED_CSV -> pipeline.run(out -> {
                AcledCsvWriter w = new AcledCsvWriter(out, timestamp);
                return new Sink(w::write, w::close);
            });
            case GEOJSON -> pipeline.run(out -> {
                GeoJsonWriter w = new GeoJsonWriter(out);
                return new Sink(w::write, w::close);
            });
            case PARQUET -> pipeline.run(out -> {
                ParquetEventWriter w = new ParquetEventWriter(out, timestamp);
                return new Sink(w::write, w::close);
            });
        };
    }

    private int fromStore(PrintStream err) {
        EventQuery query;
        try {
            query = filters.query();
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
        try (Store store = StoreOptions.open(db, err, true)) {
            if (store == null) {
                return 2;
            }
            long[] n = {0};
            long timestamp = clock.instant().getEpochSecond();
            try (OutputStream out = pipeline.openOutput()) {
                switch (format) {
                    case ACLED_CSV -> {
                        try (AcledCsvWriter w = new AcledCsvWriter(out, timestamp)) {
                            store.forEachEvent(query, e -> {
                                w.write(e.articleId(), e.ordinal(), e.event());
                                n[0]++;
                            });
                        }
                    }
                    case GEOJSON -> {
                        try (GeoJsonWriter w = new GeoJsonWriter(out)) {
                            store.forEachEvent(query, (StoredEvent e) -> {
                                w.write(e.articleId(), e.event());
                                n[0]++;
                            });
                        }
                    }
                    case PARQUET -> {
                        try (ParquetEventWriter w = new ParquetEventWriter(out, timestamp)) {
                            store.forEachEvent(query, e -> {
                                w.write(e.articleId(), e.ordinal(), e.event());
                                n[0]++;
                            });
                        }
                    }
                }
            }
            err.println("marsad: " + n[0] + (n[0] == 1 ? " event" : " events") + " exported from " + store.location().display());
            return 0;
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("marsad: cannot write the output: " + e.getMessage());
            return 2;
        }
    }

    private record Sink(Consumer<Extraction> write, Runnable closer) implements AutoCloseable, Consumer<Extraction> {
        @Override
        public void accept(Extraction x) {
            write.accept(x);
        }

        @Override
        public void close() {
            closer.run();
        }
    }

    /** Reads {@code acled-csv}, {@code geojson} and {@code parquet}, refusing anything else with the accepted values. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "acled-csv", "csv" -> Format.ACLED_CSV;
                case "geojson" -> Format.GEOJSON;
                case "parquet" -> Format.PARQUET;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "': use acled-csv, geojson or parquet");
            };
        }
    }
}
