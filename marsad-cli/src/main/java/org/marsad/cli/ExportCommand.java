package org.marsad.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.marsad.export.AcledCsvWriter;
import org.marsad.export.GeoJsonWriter;
import org.marsad.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad export --format acled-csv|geojson PATH...}: the events of reports in ACLED's CSV or GeoJSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Extracts the events of reports and writes them as ACLED's CSV (exactly ACLED's columns, in order)",
            "or as a GeoJSON FeatureCollection of points. Inputs as for 'extract'.",
            "Exit code: 0 all inputs read, 1 some inputs skipped (see the summary), 2 usage error."})
final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { ACLED_CSV, GEOJSON }

    @Mixin
    private PipelineOptions pipeline;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "acled-csv or geojson")
    private Format format;

    private final Clock clock;

    ExportCommand() {
        this(Clock.systemUTC());
    }

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
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
        };
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

    /** Reads {@code acled-csv} and {@code geojson}, refusing anything else with the accepted values. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "acled-csv", "csv" -> Format.ACLED_CSV;
                case "geojson" -> Format.GEOJSON;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "': use acled-csv or geojson");
            };
        }
    }
}
