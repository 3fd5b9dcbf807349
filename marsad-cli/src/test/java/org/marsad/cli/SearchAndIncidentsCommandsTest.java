package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.testing.OutletsCorpus;

/** {@code ingest} then {@code search} and {@code incidents}, in-process, on the outlets' corpus. */
class SearchAndIncidentsCommandsTest {

    @TempDir
    Path dir;

    private CapturedConsole console;
    private String db;

    @BeforeEach
    void ingest() {
        console = new CapturedConsole();
        db = dir.resolve("stores/marsad.db").toString();
        assertThat(console.run("ingest", OutletsCorpus.write(dir.resolve("corpus")).toString(), "--db", db, "-q"))
                .as(console.stderr()).isZero();
    }

    @AfterEach
    void restore() {
        console.close();
    }

    private static List<String> texts(List<JsonNode> nodes, String field) {
        return nodes.stream().map(n -> n.get(field).asText()).toList();
    }

    @Test
    void searchingForTheDefiniteNounFindsTheReportThatWritesItWithAPreposition() {
        assertThat(console.run("search", "القصف", "--db", db)).isZero();

        List<String> lines = Arrays.asList(console.stdout().split("\n"));
        assertThat(lines.get(0)).startsWith("score").contains("report", "title", "snippet");
        assertThat(lines.subList(2, lines.size())).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("north-wire-khan-shaykhun", "[بقصف]"))
                .anySatisfy(l -> assertThat(l).contains("levant-daily-khan-shaykhun", "[القصف]"));
        assertThat(console.stderr()).contains("2 reports");
    }

    @Test
    void searchingForIdlibWithABareAlefFindsItWithHamzaAsJsonLines() throws IOException {
        assertThat(console.run("search", "ادلب", "--db", db, "--format", "json", "--limit", "3")).isZero();

        List<JsonNode> hits = console.jsonLines();
        assertThat(hits).hasSize(3);
        for (JsonNode hit : hits) {
            String snippet = hit.get("snippet").asText();
            JsonNode mark = hit.get("marks").get(0);
            assertThat(snippet.substring(mark.get("start").asInt(), mark.get("end").asInt())).isEqualTo("إدلب");
            assertThat(hit.get("source").asText()).isIn("North Wire", "Levant Daily", "Sham Press");
            assertThat(hit.get("url").asText()).startsWith("https://");
            assertThat(hit.get("score").asDouble()).isPositive();
        }
        assertThat(texts(hits, "article_id")).doesNotContain("azaz-car-bomb", "daraa-clashes");
    }

    @Test
    void theIndexLivesBesideTheStoreAndIsRebuiltWhenItIsGone() throws IOException {
        Path index = Path.of(db + ".index");
        assertThat(index).isDirectory();
        try (Stream<Path> files = Files.walk(index)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }

        assertThat(console.run("search", "\"خان شيخون\"", "--db", db, "--format", "json")).isZero();

        assertThat(texts(console.jsonLines(), "article_id")).containsExactlyInAnyOrderElementsOf(OutletsCorpus.KHAN_SHAYKHUN);
        assertThat(console.stderr()).contains("caught up with the store: 7 reports indexed");
    }

    @Test
    void ingestingAgainAddsNothingToTheIndex() throws IOException {
        assertThat(console.run("ingest", dir.resolve("corpus").toString(), "--db", db)).isZero();
        assertThat(console.run("search", "مدنيين OR اشتباكات OR مظاهرة OR مفخخة", "--db", db, "--format", "json")).isZero();

        assertThat(console.jsonLines()).hasSize(OutletsCorpus.REPORTS);
        assertThat(console.stderr()).doesNotContain("caught up");
    }

    @Test
    void aQueryThatCannotBeParsedExitsWithTwoAndSaysWhy() {
        assertThat(console.run("search", "خان AND", "--db", db)).isEqualTo(2);
        assertThat(console.stderr()).contains("cannot parse the search query", "خان AND");
        assertThat(console.stdout()).isEmpty();
    }

    @Test
    void theThreeOutletsShellingKhanShaykhunAreOneIncidentWithEverySourceAndTheLowestToll() throws IOException {
        assertThat(console.run("incidents", "--db", db, "--format", "json", "--bbox", "36.60,35.40,36.70,35.50")).isZero();

        List<JsonNode> incidents = console.jsonLines();
        assertThat(incidents).hasSize(1);
        JsonNode shelling = incidents.get(0);
        assertThat(shelling.get("fatalities").asInt()).isEqualTo(5);
        assertThat(shelling.get("location").asText()).isEqualTo("Khan Shaykhun");
        assertThat(elements(shelling.get("article_ids"))).containsExactlyInAnyOrderElementsOf(OutletsCorpus.KHAN_SHAYKHUN);
        assertThat(elements(shelling.get("sources"))).containsExactlyInAnyOrder("North Wire", "Levant Daily", "Sham Press");
        assertThat(elements(shelling.get("urls"))).hasSize(3).allMatch(u -> u.startsWith("https://"));
        assertThat(shelling.get("readings").findValues("fatalities")).extracting(JsonNode::asInt)
                .containsExactlyInAnyOrder(5, 7, 6);
        assertThat(shelling.get("incident_key").asText()).isEqualTo(shelling.get("readings").get(0).get("event_key").asText());
        assertThat(console.stderr()).contains("1 incident (3 readings)");
    }

    @Test
    void incidentsAsATableShowEachIncidentThenItsReadings() {
        assertThat(console.run("incidents", "--db", db, "--actor", "Military Forces of Syria")).isZero();

        List<String> lines = Arrays.asList(console.stdout().split("\n"));
        assertThat(lines.get(0)).startsWith("date").contains("deaths", "source", "report", "url");
        assertThat(lines.subList(2, lines.size())).hasSize(2 + 4)
                .anySatisfy(l -> assertThat(l).startsWith("2019-06-11").contains("Khan Shaykhun", "3 sources", "3 reports"))
                .anySatisfy(l -> assertThat(l).startsWith("  2019-06-11").contains("Sham Press", "sham-press-khan-shaykhun"))
                .anySatisfy(l -> assertThat(l).startsWith("2019-06-11").contains("Ariha", "1 source", "1 report"));
        assertThat(console.stderr()).contains("2 incidents (4 readings)");
    }

    private static List<String> elements(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
