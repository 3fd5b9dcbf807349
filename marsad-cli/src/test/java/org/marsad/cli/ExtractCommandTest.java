package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code extract} command end to end, in-process: inputs in, JSON Lines and a summary out. */
class ExtractCommandTest {

    private static final String REPORT = String.join("\n",
            "قوات النظام تقصف بلدة حيش بريف إدلب الجنوبي",
            "الخميس 16/مارس/2017 - 08:05 م",
            "طباعة",
            "قصفت قوات النظام صباح اليوم بلدة حيش بريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين.",
            "وقال ناشطون إن \"كتيبة أحرار الوادي\" ردّت بقصف مواقع النظام.");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void plainTextReportGivesIdTitlePublishedAndEntities() throws IOException {
        Path report = write("haish-shelling.txt", REPORT);
        int code = Main.run("extract", report.toString());
        assertThat(code).isZero();
        JsonNode x = lines().get(0);
        assertThat(x.get("article_id").asText()).isEqualTo("haish-shelling");
        assertThat(x.get("title").asText()).startsWith("قوات النظام تقصف");
        assertThat(x.get("published").asText()).isEqualTo("2017-03-16T20:05");
        assertThat(x.get("places").findValuesAsText("name")).contains("Hish");
        assertThat(x.get("actors").findValuesAsText("name")).contains("Military Forces of Syria (2000-2024)");
    }

    @Test
    void withTextAddsTheTextTheOffsetsPointInto() throws IOException {
        Main.run("extract", "--with-text", write("r.txt", REPORT).toString());
        JsonNode x = lines().get(0);
        String text = x.get("text").asText();
        for (JsonNode place : x.get("places")) {
            for (JsonNode m : place.get("mentions")) {
                if (!m.has("field")) {
                    assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
                }
            }
        }
    }

    @Test
    void summaryEndsEveryRunOnStderr() throws IOException {
        Main.run("extract", write("r.txt", REPORT).toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 report");
    }

    @Test
    void missingInputIsSkippedWithExitCodeOneAndTheOthersAreRead() throws IOException {
        int code = Main.run("extract", dir.resolve("absent.txt").toString(), write("r.txt", REPORT).toString());
        assertThat(code).isEqualTo(1);
        assertThat(lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("absent.txt");
    }

    @Test
    void analystActorFileAddsAnAlias() throws IOException {
        Path actors = write("my-actors.tsv", String.join("\n",
                "# marsad actors v1",
                "id\tname\ttype\tkind\tcountry\taliases_ar\taliases_en\tshort_ar\tnote",
                "wadi_free_men\tAhrar al-Wadi Battalion\tRebel group\tgroup\tSY\tكتيبة أحرار الوادي\t\t\tanalyst test"));
        Main.run("extract", "--actors", actors.toString(), write("r.txt", REPORT).toString());
        assertThat(lines().get(0).get("actors").findValuesAsText("name")).contains("Ahrar al-Wadi Battalion");
    }

    @Test
    void malformedAnalystRowIsRefusedAtStartWithFileAndLine() throws IOException {
        Path actors = write("bad-actors.tsv", String.join("\n",
                "# marsad actors v1",
                "id\tname\ttype\tkind\tcountry\taliases_ar\taliases_en\tshort_ar\tnote",
                "broken\tBroken Group\tNot a type\tgroup\tSY\tلواء مكسور\t\t\t"));
        int code = Main.run("extract", "--actors", actors.toString(), write("r.txt", REPORT).toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad-actors.tsv").contains(":3");
    }

    @Test
    void commandIsRequired() {
        assertThat(Main.run(new String[0])).isEqualTo(2);
    }

    @Test
    void exportWritesAcledCsvWithItsHeaderFirst() throws IOException {
        int code = Main.run("export", "--format", "acled-csv", write("r.txt", REPORT).toString());
        assertThat(code).isZero();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("event_id_cnty,event_date,year,");
        assertThat(csv.split("\r\n")).hasSizeGreaterThan(1);
    }

    @Test
    void exportWritesParquetOfReportsToTheFileGiven() throws IOException {
        Path file = dir.resolve("events.parquet");

        int code = Main.run("export", "--format", "parquet", "-o", file.toString(), write("r.txt", REPORT).toString());

        assertThat(code).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(bytes, bytes.length - 4, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void exportRefusesAnUnknownFormat() throws IOException {
        assertThat(Main.run("export", "--format", "xml", write("r.txt", REPORT).toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("acled-csv, geojson or parquet");
    }
}
