package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.testing.HandwrittenCorpus;

/** {@code ingest}, {@code events}, {@code correct}, {@code reextract}, {@code corrections} and {@code export --db}, in-process. */
class StoreCommandsTest {

    private static final String IDLIB = "36.55,35.40,37.00,36.10";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private String db;
    private String corpus;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        db = dir.resolve("stores/marsad.db").toString();
        corpus = HandwrittenCorpus.write(dir.resolve("corpus")).toString();
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    /** Runs a command with fresh output buffers; its exit code. */
    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : stdout().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(new ObjectMapper().readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void ingestingAFolderTwiceStoresItOnceAndSaysSo() {
        assertThat(run("ingest", corpus, "--db", db, "-q")).isZero();
        assertThat(stderr()).contains("8 stored, 0 already stored");

        assertThat(run("ingest", corpus, "--db", db)).isZero();
        assertThat(stderr()).contains("0 stored, 8 already stored");
    }

    @Test
    void eventsByActorAndBoundingBoxComeAsJsonLinesWithKeyAndEvidence() throws IOException {
        run("ingest", corpus, "--db", db, "-q");

        assertThat(run("events", "--db", db, "--actor", "هيئة تحرير الشام", "--bbox", IDLIB, "--format", "json")).isZero();

        List<JsonNode> events = jsonLines();
        assertThat(events).extracting(e -> e.get("article_id").asText())
                .containsExactly("idlib-hts-shelling", "idlib-arrests", "saraqib-hts-battle");
        assertThat(events.get(0).get("event_key").asText()).matches("[0-9a-f]{16}-[0-9a-f]{16}");
        assertThat(events.get(2).get("fatalities").asInt()).isEqualTo(9);
        assertThat(events.get(2).get("evidence").get(0).get("text").asText()).contains("سراقب");
        assertThat(stderr()).contains("3 events");
    }

    @Test
    void eventsAsATableHaveAHeaderAndARowPerEvent() {
        run("ingest", corpus, "--db", db, "-q");

        assertThat(run("events", "--db", db, "--type", "Battles", "--from", "2019-05-12", "--to", "2019-05-31")).isZero();

        List<String> lines = Arrays.asList(stdout().split("\n"));
        assertThat(lines.get(0)).startsWith("date").contains("actor1", "location", "event_key");
        assertThat(lines.subList(2, lines.size())).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains("Hajin", "Syrian Democratic Forces"))
                .anySatisfy(l -> assertThat(l).contains("Saraqib"))
                .anySatisfy(l -> assertThat(l).contains("Al-Houd"));
    }

    @Test
    void aCorrectionSurvivesReextractionAndItsTrailShowsBoth() throws IOException {
        run("ingest", corpus, "--db", db, "-q");
        run("events", "--db", db, "--actor", "Houthis", "--format", "json");
        String key = jsonLines().get(0).get("event_key").asText();

        assertThat(run("correct", key, "fatalities", "2", "--by", "Layla", "--reason", "a child died in hospital", "--db", db))
                .isZero();
        assertThat(run("reextract", "--all", "--db", db, "-q")).isZero();
        assertThat(stderr()).contains("8 reports re-extracted", "1 re-applied");
        run("events", "--db", db, "--actor", "Houthis", "--format", "json");
        JsonNode taiz = jsonLines().get(0);
        assertThat(run("corrections", "--trail", "--db", db)).isZero();

        assertThat(taiz.get("fatalities").asInt()).isEqualTo(2);
        assertThat(taiz.get("corrected").asBoolean()).isTrue();
        assertThat(stdout()).contains("Layla", "fatalities: '1' -> '2'", "attached", "1. ", "created", "2. ", "reapplied");
    }

    @Test
    void aCorrectionWithAValueTheFieldDoesNotTakeIsRefused() throws IOException {
        run("ingest", corpus, "--db", db, "-q");
        run("events", "--db", db, "--actor", "Houthis", "--format", "json");
        String key = jsonLines().get(0).get("event_key").asText();

        assertThat(run("correct", key, "geo_precision", "7", "--by", "Layla", "--db", db)).isEqualTo(2);
        assertThat(stderr()).contains("geo_precision", "1, 2 or 3");
    }

    @Test
    void anExportFromTheStoreIsFilteredLikeAQueryAndKeepsAcledEventIds() {
        run("ingest", corpus, "--db", db, "-q");

        assertThat(run("export", "--db", db, "--format", "acled-csv", "--actor", "Hayat Tahrir al-Sham")).isZero();

        List<String> rows = Arrays.asList(stdout().split("\r\n"));
        assertThat(rows.get(0)).startsWith("event_id_cnty,event_date,year");
        assertThat(rows.subList(1, rows.size())).hasSize(4).extracting(r -> r.split(",")[0])
                .contains("760-saraqib-hts-battle-1", "760-idlib-hts-shelling-1", "760-idlib-hts-shelling-2");
        assertThat(stderr()).contains("4 events exported");
    }

    @Test
    void aGeoJsonExportFromTheStoreHasAFeaturePerEventInTheBox() throws IOException {
        run("ingest", corpus, "--db", db, "-q");

        assertThat(run("export", "--db", db, "--format", "geojson", "--bbox", IDLIB)).isZero();

        JsonNode fc = new ObjectMapper().readTree(stdout());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(4);
        assertThat(fc.get("features").findValuesAsText("location"))
                .containsExactly("Khan Shaykhun", "Idlib", "Ma`arrat an Nu`man", "Saraqib");
    }

    @Test
    void queryingAStoreThatIsNotThereNamesIt() {
        assertThat(run("events", "--db", dir.resolve("none.db").toString())).isEqualTo(2);
        assertThat(stderr()).contains("no store at", "none.db");
    }

    @Test
    void exportFiltersWithoutAStoreAreRefused() {
        assertThat(run("export", "--format", "geojson", "--actor", "Houthis", corpus)).isEqualTo(2);
        assertThat(stderr()).contains("add --db");
    }

    @Test
    void aBoundingBoxThatIsNotFourNumbersIsAUsageError() {
        assertThat(run("events", "--db", db, "--bbox", "36.5,35.4,37.0")).isEqualTo(2);
        assertThat(stderr()).contains("minLon,minLat,maxLon,maxLat");
    }

    @Test
    void progressGoesToStderrAsPlainLinesWhenNotOnATerminal() {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        Clock[] now = {Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC)};
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant t = now[0].instant();
                now[0] = Clock.fixed(t.plus(Duration.ofSeconds(3)), ZoneOffset.UTC);
                return t;
            }
        };
        try (Progress p = Progress.lines(new PrintStream(lines, true, StandardCharsets.UTF_8), "ingest", 4, ticking)) {
            for (int i = 0; i < 4; i++) {
                p.step("so far so good");
            }
        }
        assertThat(lines.toString(StandardCharsets.UTF_8).split("\n"))
                .containsExactly("marsad: ingest: 2/4 (50%) reports, 0 reports/s; so far so good",
                        "marsad: ingest: 4/4 (100%) reports, 0 reports/s; so far so good");
    }
}
