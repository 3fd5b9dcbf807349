package org.marsad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.Mention;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;
import org.marsad.model.Span;
import org.marsad.model.TextField;

class ExportWritersTest {

    private static final String TEXT = "قصفت قوات النظام بلدة حيش، وقتل مدنيان.";

    private static Extraction extraction() {
        Report report = new Report("r-1", "عنوان", TEXT, PublishedTime.of(LocalDateTime.of(2017, 3, 15, 9, 0)), null,
                "Test Wire", "test");
        Event e = new Event(LocalDate.of(2017, 3, 14), 1, "Explosions/Remote violence",
                "Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", "", "Civilians (Syria)", "",
                "State forces", "Civilians", "Civilian targeting", "Syria", 760, "Middle East", "Idlib", "Al Ma'ra",
                "Heish", "Hish", 35.54793, 36.64356, 1, 2, "shelling, \"heavy\"", "Test Wire", 0.9,
                List.of(new Mention(TEXT, new Span(0, TEXT.length()), TextField.TEXT)));
        return new Extraction(report, List.of(), List.of(), List.of(e), List.of());
    }

    @Test
    void csvHeaderIsExactlyAcledsColumnsInOrder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AcledCsvWriter w = new AcledCsvWriter(out, 1_700_000_000L)) {
            w.write(extraction());
        }
        String header = out.toString(StandardCharsets.UTF_8).split("\r\n")[0];
        assertThat(header).isEqualTo("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
                + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                + "notes,fatalities,tags,timestamp");
    }

    @Test
    void csvRowHasOneCellPerColumnWithQuotesDoubled() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AcledCsvWriter w = new AcledCsvWriter(out, 1_700_000_000L)) {
            w.write(extraction());
        }
        String row = out.toString(StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(row).contains("\"shelling, \"\"heavy\"\"\"").startsWith("760-r-1-1,2017-03-14,2017,1,Political violence,");
        assertThat(row).endsWith(",2,,1700000000");
    }

    @Test
    void interactionJoinsTheTwoInterCodesLowerFirst() {
        assertThat(AcledCsvWriter.interaction("State forces", "Civilians")).isEqualTo("17");
        assertThat(AcledCsvWriter.interaction("Rebel group", "State forces")).isEqualTo("12");
        assertThat(AcledCsvWriter.interaction("Rebel group", "")).isEqualTo("20");
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsInLonLatOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GeoJsonWriter w = new GeoJsonWriter(out)) {
            w.write(extraction());
        }
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode feature = root.get("features").get(0);
        assertThat(feature.get("type").asText()).isEqualTo("Feature");
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(36.64356);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(35.54793);
        assertThat(feature.get("properties").get("event_type").asText()).isEqualTo("Explosions/Remote violence");
    }

    @Test
    void emptyGeoJsonIsStillAValidCollection() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonWriter(out).close();
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.get("features")).isEmpty();
    }
}
