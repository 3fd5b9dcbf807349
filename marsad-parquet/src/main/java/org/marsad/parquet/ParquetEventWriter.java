package org.marsad.parquet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.marsad.model.Event;
import org.marsad.model.Extraction;

/**
 * Writes events as an Apache Parquet file: ACLED's columns, named and ordered as in the CSV export
 * ({@link org.marsad.export.AcledCsvWriter#COLUMNS}), then {@code marsad_report_id}, {@code marsad_event_number}
 * and {@code marsad_confidence}. Columns are typed: {@code event_date} is a DATE, {@code latitude},
 * {@code longitude} and {@code marsad_confidence} DOUBLE, {@code timestamp} INT64 (Unix seconds), the other
 * numbers INT32, the rest UTF-8 strings; blank text and an unknown interaction are null.
 *
 * <p>The file is dictionary-encoded and uncompressed: Parquet's compression codecs need Hadoop or native
 * libraries, and writing needs neither. The whole file is written by {@link #close()}, which also closes the
 * stream. Not thread-safe.
 */
public final class ParquetEventWriter implements Closeable {

    /** Every column, in file order: ACLED's, then Marsad's. */
    public static final List<String> COLUMNS = EventColumns.ALL.stream().map(EventColumns.Column::name).toList();

    private final ParquetWriter<EventRow> writer;
    private final long timestamp;

    /**
     * A writer to {@code out}; {@code timestamp} is the export time in Unix seconds, written in every row as
     * ACLED does.
     */
    public ParquetEventWriter(OutputStream out, long timestamp) {
        Objects.requireNonNull(out, "out");
        this.timestamp = timestamp;
        try {
            writer = new Builder(new StreamOutputFile(out))
                    .withConf(new PlainParquetConfiguration())
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                    .withDictionaryEncoding(true)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Parquet output", e);
        }
    }

    /** Every event of {@code x}, numbered from 1 in the report's order. */
    public void write(Extraction x) {
        int n = 0;
        for (Event e : x.events()) {
            write(x.report().id(), ++n, e);
        }
    }

    /** One event: the {@code number}th (from 1) of report {@code reportId}. */
    public void write(String reportId, int number, Event event) {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(event, "event");
        try {
            writer.write(new EventRow(reportId, number, event, timestamp));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write event " + number + " of report " + reportId + " as Parquet", e);
        }
    }

    /** Writes the file's footer and closes the stream. */
    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the Parquet output", e);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<EventRow, Builder> {

        Builder(OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        @SuppressWarnings("deprecation") // abstract in the base class; never called
        protected WriteSupport<EventRow> getWriteSupport(Configuration configuration) {
            return new EventWriteSupport();
        }

        @Override
        protected WriteSupport<EventRow> getWriteSupport(ParquetConfiguration configuration) {
            return new EventWriteSupport();
        }
    }
}
