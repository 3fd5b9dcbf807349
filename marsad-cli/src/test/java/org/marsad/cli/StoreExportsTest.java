package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.testing.HandwrittenCorpus;
import org.marsad.store.testing.OutletsCorpus;

/** {@code export --db} to ACLED's CSV, GeoJSON and Parquet, from a store of two hand-written corpora. */
class StoreExportsTest {

    /** ACLED's columns, in ACLED's order, written out here rather than taken from the code under test. */
    private static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
            "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");
    private static final String SYRIA = "35.5,32.3,42.4,37.4";

    @TempDir
    Path dir;

    private CapturedConsole console;
    private String db;
    private int events;

    @BeforeEach
    void ingest() throws IOException {
        console = new CapturedConsole();
        db = dir.resolve("marsad.db").toString();
        assertThat(console.run("ingest", HandwrittenCorpus.write(dir.resolve("corpus")).toString(),
                OutletsCorpus.write(dir.resolve("outlets")).toString(), "--db", db, "-q")).isZero();
        console.run("events", "--db", db, "--format", "json");
        events = console.jsonLines().size();
    }

    @AfterEach
    void restore() {
        console.close();
    }

    @Test
    void theAcledCsvHasExactlyAcledsThirtyOneColumnsInOrderAndARowPerEvent() {
        assertThat(console.run("export", "--db", db, "--format", "acled-csv")).isZero();

        List<String> rows = Arrays.asList(console.stdout().split("\r\n"));
        assertThat(ACLED).hasSize(31);
        assertThat(rows.get(0).split(",", -1)).containsExactlyElementsOf(ACLED);
        assertThat(rows.subList(1, rows.size())).hasSize(events);
    }

    @Test
    void theGeoJsonIsAnRfc7946FeatureCollectionOfPointsInLongitudeLatitudeOrder() throws IOException {
        assertThat(console.run("export", "--db", db, "--format", "geojson", "--bbox", SYRIA)).isZero();

        JsonNode root = new ObjectMapper().readTree(console.stdout());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.has("crs")).as("RFC 7946 has no crs member: coordinates are WGS 84").isFalse();
        assertThat(root.get("features").isArray()).isTrue();
        assertThat(root.get("features")).hasSizeGreaterThan(5);
        for (JsonNode f : root.get("features")) {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            assertThat(f.get("properties").isObject()).isTrue();
            if (f.has("id")) {
                assertThat(f.get("id").isTextual() || f.get("id").isNumber()).isTrue();
            }
            JsonNode geometry = f.get("geometry");
            assertThat(geometry.get("type").asText()).isEqualTo("Point");
            JsonNode position = geometry.get("coordinates");
            assertThat(position.isArray()).isTrue();
            assertThat(position).hasSize(2).allMatch(JsonNode::isNumber);
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            assertThat(lon).as("longitude first, within the box").isBetween(35.5, 42.4);
            assertThat(lat).as("latitude second, within the box").isBetween(32.3, 37.4);
            if (f.get("properties").get("location").asText().equals("Khan Shaykhun")) {
                assertThat(List.of(lon, lat)).containsExactly(36.65095, 35.44208);
            }
        }
        assertThat(root.get("features").findValuesAsText("location")).contains("Khan Shaykhun").doesNotContain("Al-Houd");
    }

    @Test
    void theParquetFileReadsBackWithARowPerEventAndAcledsColumnsFirst() throws IOException {
        Path file = dir.resolve("out/events.parquet");

        assertThat(console.run("export", "--db", db, "--format", "parquet", "-o", file.toString())).isZero();

        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<String> columns = schema.getFields().stream().map(Type::getName).toList();
            assertThat(columns.subList(0, 31)).containsExactlyElementsOf(ACLED);
            assertThat(columns.subList(31, columns.size()))
                    .containsExactly("marsad_report_id", "marsad_event_number", "marsad_confidence");
            assertThat(reader.getRecordCount()).isEqualTo(events);
            List<Group> rows = rows(reader, schema);
            Group first = rows.get(0);
            assertThat(LocalDate.ofEpochDay(first.getInteger("event_date", 0))).isEqualTo(LocalDate.of(2019, 5, 11));
            assertThat(rows).extracting(r -> r.getString("marsad_report_id", 0))
                    .contains("north-wire-khan-shaykhun", "saraqib-hts-battle");
        }
        assertThat(console.stderr()).contains(events + " events exported");
    }

    @Test
    void aParquetExportIsFilteredLikeAQuery() throws IOException {
        Path file = dir.resolve("hts.parquet");

        assertThat(console.run("export", "--db", db, "--format", "parquet", "--actor", "hts", "-o", file.toString())).isZero();

        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            List<Group> rows = rows(reader, reader.getFooter().getFileMetaData().getSchema());
            assertThat(rows).extracting(r -> r.getString("location", 0))
                    .containsExactly("Kafr Nabudah", "Khan Shaykhun", "Idlib", "Saraqib");
        }
    }

    private static List<Group> rows(ParquetFileReader reader, MessageType schema) throws IOException {
        List<Group> rows = new ArrayList<>();
        PageReadStore group;
        while ((group = reader.readNextRowGroup()) != null) {
            RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                    .getRecordReader(group, new GroupRecordConverter(schema));
            for (long i = 0; i < group.getRowCount(); i++) {
                rows.add(records.read());
            }
        }
        return rows;
    }
}
