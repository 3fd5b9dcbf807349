package org.marsad.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.export.AcledCsvWriter;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.Mention;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;
import org.marsad.model.Span;
import org.marsad.model.TextField;

class ParquetEventWriterTest {

    private static final long TIMESTAMP = 1_700_000_000L;
    private static final String TEXT = "قصفت قوات النظام بلدة حيش بريف إدلب الجنوبي، ما أدى لمقتل ٣ مدنيين.";

    @TempDir
    Path dir;

    private static Event shelling() {
        return new Event(LocalDate.of(2019, 5, 12), 1, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                "Military Forces of Syria (2000-2024)", "", "Civilians (Syria)", "", "State forces", "Civilians",
                "Civilian targeting", "Syria", 760, "Middle East", "Idlib", "Al Ma'ra", "Heish", "Hish",
                35.54793, 36.64356, 1, 3, "قصف مدفعي ('قصفت') على حيش", "Enab Baladi", 0.9,
                List.of(new Mention(TEXT, new Span(0, TEXT.length()), TextField.TEXT)));
    }

    private static Event clashWithoutSecondActor() {
        return new Event(LocalDate.of(2019, 5, 11), 2, "Battles", "Armed clash", "Hayat Tahrir al Sham", "", "", "",
                "Rebel group", "", "", "Syria", 760, "Middle East", "Hama", "", null, "Kafr Nabudah", 35.4276, 36.4893,
                2, 0, "", null, 0.6, List.of());
    }

    private static Extraction extraction(String id, Event... events) {
        Report report = new Report(id, "قصف على ريف إدلب", TEXT, PublishedTime.of(LocalDateTime.of(2019, 5, 12, 21, 40)),
                "https://example.org/" + id, "Enab Baladi", "test");
        return new Extraction(report, List.of(), List.of(), List.of(events), List.of());
    }

    private Path write(Extraction... extractions) throws IOException {
        Path file = dir.resolve("events.parquet");
        try (ParquetEventWriter w = new ParquetEventWriter(Files.newOutputStream(file), TIMESTAMP)) {
            for (Extraction x : extractions) {
                w.write(x);
            }
        }
        return file;
    }

    private record Content(MessageType schema, long rowCount, List<Group> rows) {
    }

    private static Content read(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Group> rows = new ArrayList<>();
            PageReadStore group;
            while ((group = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(group, new GroupRecordConverter(schema));
                for (long i = 0; i < group.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
            return new Content(schema, reader.getRecordCount(), rows);
        }
    }

    private static boolean isNull(Group row, String column) {
        return row.getFieldRepetitionCount(column) == 0;
    }

    @Test
    void theColumnsAreAcledsInTheCsvOrderThenMarsads() throws IOException {
        assertThat(ParquetEventWriter.COLUMNS.subList(0, 31)).isEqualTo(AcledCsvWriter.COLUMNS);
        assertThat(ParquetEventWriter.COLUMNS.subList(31, ParquetEventWriter.COLUMNS.size()))
                .containsExactly("marsad_report_id", "marsad_event_number", "marsad_confidence");
        MessageType schema = read(write(extraction("r-1", shelling()))).schema();
        assertThat(schema.getFields()).extracting(Type::getName).isEqualTo(ParquetEventWriter.COLUMNS);
    }

    @Test
    void datesCoordinatesAndCountsHaveTheirOwnTypes() throws IOException {
        MessageType schema = read(write(extraction("r-1", shelling()))).schema();
        PrimitiveType date = schema.getType("event_date").asPrimitiveType();
        assertThat(date.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT32);
        assertThat(date.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.dateType());
        for (String c : List.of("latitude", "longitude", "marsad_confidence")) {
            assertThat(schema.getType(c).asPrimitiveType().getPrimitiveTypeName()).as(c).isEqualTo(PrimitiveTypeName.DOUBLE);
        }
        for (String c : List.of("year", "time_precision", "interaction", "iso", "geo_precision", "fatalities",
                "marsad_event_number")) {
            assertThat(schema.getType(c).asPrimitiveType().getPrimitiveTypeName()).as(c).isEqualTo(PrimitiveTypeName.INT32);
        }
        assertThat(schema.getType("timestamp").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
        PrimitiveType notes = schema.getType("notes").asPrimitiveType();
        assertThat(notes.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.BINARY);
        assertThat(notes.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(schema.getType("event_id_cnty").getRepetition()).isEqualTo(Type.Repetition.REQUIRED);
        assertThat(schema.getType("actor2").getRepetition()).isEqualTo(Type.Repetition.OPTIONAL);
    }

    @Test
    void everyColumnReadsBackAsWritten() throws IOException {
        Content content = read(write(extraction("r-1", shelling())));
        assertThat(content.rowCount()).isEqualTo(1);
        Group row = content.rows().get(0);
        assertThat(row.getString("event_id_cnty", 0)).isEqualTo("760-r-1-1");
        assertThat(LocalDate.ofEpochDay(row.getInteger("event_date", 0))).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(row.getInteger("year", 0)).isEqualTo(2019);
        assertThat(row.getInteger("time_precision", 0)).isEqualTo(1);
        assertThat(row.getString("disorder_type", 0)).isEqualTo("Political violence");
        assertThat(row.getString("event_type", 0)).isEqualTo("Explosions/Remote violence");
        assertThat(row.getString("sub_event_type", 0)).isEqualTo("Shelling/artillery/missile attack");
        assertThat(row.getString("actor1", 0)).isEqualTo("Military Forces of Syria (2000-2024)");
        assertThat(isNull(row, "assoc_actor_1")).isTrue();
        assertThat(row.getString("inter1", 0)).isEqualTo("State forces");
        assertThat(row.getString("actor2", 0)).isEqualTo("Civilians (Syria)");
        assertThat(isNull(row, "assoc_actor_2")).isTrue();
        assertThat(row.getString("inter2", 0)).isEqualTo("Civilians");
        assertThat(row.getInteger("interaction", 0)).isEqualTo(17);
        assertThat(row.getString("civilian_targeting", 0)).isEqualTo("Civilian targeting");
        assertThat(row.getInteger("iso", 0)).isEqualTo(760);
        assertThat(row.getString("region", 0)).isEqualTo("Middle East");
        assertThat(row.getString("country", 0)).isEqualTo("Syria");
        assertThat(row.getString("admin1", 0)).isEqualTo("Idlib");
        assertThat(row.getString("admin2", 0)).isEqualTo("Al Ma'ra");
        assertThat(row.getString("admin3", 0)).isEqualTo("Heish");
        assertThat(row.getString("location", 0)).isEqualTo("Hish");
        assertThat(row.getDouble("latitude", 0)).isEqualTo(35.54793);
        assertThat(row.getDouble("longitude", 0)).isEqualTo(36.64356);
        assertThat(row.getInteger("geo_precision", 0)).isEqualTo(1);
        assertThat(row.getString("source", 0)).isEqualTo("Enab Baladi");
        assertThat(isNull(row, "source_scale")).isTrue();
        assertThat(row.getString("notes", 0)).isEqualTo("قصف مدفعي ('قصفت') على حيش");
        assertThat(row.getInteger("fatalities", 0)).isEqualTo(3);
        assertThat(isNull(row, "tags")).isTrue();
        assertThat(row.getLong("timestamp", 0)).isEqualTo(TIMESTAMP);
        assertThat(row.getString("marsad_report_id", 0)).isEqualTo("r-1");
        assertThat(row.getInteger("marsad_event_number", 0)).isEqualTo(1);
        assertThat(row.getDouble("marsad_confidence", 0)).isEqualTo(0.9);
    }

    @Test
    void blankTextAndAnUnknownInteractionAreNull() throws IOException {
        Group row = read(write(extraction("r-2", clashWithoutSecondActor()))).rows().get(0);
        assertThat(isNull(row, "actor2")).isTrue();
        assertThat(isNull(row, "inter2")).isTrue();
        assertThat(isNull(row, "admin2")).isTrue();
        assertThat(isNull(row, "admin3")).isTrue();
        assertThat(isNull(row, "notes")).isTrue();
        assertThat(isNull(row, "source")).isTrue();
        assertThat(row.getInteger("interaction", 0)).isEqualTo(20);
        assertThat(row.getInteger("time_precision", 0)).isEqualTo(2);
        assertThat(row.getInteger("fatalities", 0)).isZero();
    }

    @Test
    void everyEventOfEveryReportIsOneRowNumberedInItsReport() throws IOException {
        Content content = read(write(extraction("r-1", shelling(), clashWithoutSecondActor()),
                extraction("r-2", clashWithoutSecondActor()), extraction("r-3")));
        assertThat(content.rowCount()).isEqualTo(3);
        assertThat(content.rows()).extracting(r -> r.getString("event_id_cnty", 0))
                .containsExactly("760-r-1-1", "760-r-1-2", "760-r-2-1");
        assertThat(content.rows()).extracting(r -> r.getInteger("marsad_event_number", 0)).containsExactly(1, 2, 1);
    }

    @Test
    void aSingleEventCanBeWrittenWithItsReportAndNumber() throws IOException {
        Path file = dir.resolve("one.parquet");
        try (ParquetEventWriter w = new ParquetEventWriter(Files.newOutputStream(file), TIMESTAMP)) {
            w.write("kafr-nabudah", 7, clashWithoutSecondActor());
        }
        Group row = read(file).rows().get(0);
        assertThat(row.getString("event_id_cnty", 0)).isEqualTo("760-kafr-nabudah-7");
        assertThat(row.getString("marsad_report_id", 0)).isEqualTo("kafr-nabudah");
    }

    @Test
    void aFileWithoutEventsIsStillAValidParquetFile() throws IOException {
        Content content = read(write());
        assertThat(content.rowCount()).isZero();
        assertThat(content.schema().getFieldCount()).isEqualTo(ParquetEventWriter.COLUMNS.size());
    }
}
