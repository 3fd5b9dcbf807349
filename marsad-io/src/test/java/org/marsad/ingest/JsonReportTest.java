package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

class JsonReportTest {

    private static final String RECORD = "{\"id\": \"sy-0417\", \"url\": \"https://news.example/sy/0417\","
            + " \"source\": \"Example News\", \"title\": \"غارات روسية على ريف إدلب\","
            + " \"published\": \"2018-02-11T00:36:12+00:00\","
            + " \"text\": \"شنّت طائرات حربية غارات على بلدة سراقب.\\nوقُتل مدنيان بحسب الدفاع المدني.\"}";

    @TempDir
    Path dir;

    @Test
    void jsonLinesRecordFieldsBecomeTheReport() {
        Report r = IngestFixture.readFile(dir, "feed.jsonl", RECORD + "\n").only();
        assertThat(r.id()).isEqualTo("sy-0417");
        assertThat(r.url()).isEqualTo("https://news.example/sy/0417");
        assertThat(r.source()).isEqualTo("Example News");
        assertThat(r.title()).isEqualTo("غارات روسية على ريف إدلب");
        assertThat(r.text()).isEqualTo("شنّت طائرات حربية غارات على بلدة سراقب.\nوقُتل مدنيان بحسب الدفاع المدني.");
        assertThat(r.published()).isEqualTo(PublishedTime.of(
                LocalDateTime.of(2018, 2, 11, 0, 36, 12).atOffset(ZoneOffset.UTC)));
    }

    @Test
    void originOfAJsonLinesRecordIsPathAndLine() {
        Path file = IngestFixture.write(dir, "feed.jsonl", "\n" + RECORD + "\n");
        Report r = IngestFixture.read(Ingestor.builder().build(), file).only();
        assertThat(r.origin()).isEqualTo(file + ":2");
    }

    @Test
    void missingIdBecomesFileNameAndLineNumber() {
        String noId = "{\"title\": \"قصف على دوما\", \"text\": \"قُتل 4 أشخاص في قصف على دوما.\"}";
        Report r = IngestFixture.readFile(dir, "ghouta.jsonl", RECORD + "\n" + noId + "\n").reports().get(1);
        assertThat(r.id()).isEqualTo("ghouta:2");
    }

    @Test
    void malformedLineIsSkippedWithItsLineAndTheFileGoesOn() {
        var result = IngestFixture.readFile(dir, "mixed.jsonl", RECORD + "\n{\"id\": \"broken\", \"text\": \n"
                + RECORD.replace("sy-0417", "sy-0418") + "\n");
        assertThat(result.reports()).extracting(Report::id).containsExactly("sy-0417", "sy-0418");
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.MALFORMED);
            assertThat(s.input()).endsWith("mixed.jsonl:2");
        });
    }

    @Test
    void recordWithoutTextOrHtmlIsMalformed() {
        var result = IngestFixture.readFile(dir, "notext.jsonl", "{\"id\": \"x\", \"title\": \"عنوان\"}\n");
        assertThat(result.onlySkip().reason()).isEqualTo(SkipReason.MALFORMED);
    }

    @Test
    void htmlFieldIsTurnedIntoText() {
        String record = "{\"id\": \"h1\", \"html\": \"<html><body><nav>الرئيسية</nav><article><p>سقطت قذائف"
                + " على حي الميدان.</p><script>track('x')</script><p>ولم ترد أنباء عن إصابات.</p></article>"
                + "</body></html>\"}";
        Report r = IngestFixture.readFile(dir, "pages.jsonl", record + "\n").only();
        assertThat(r.text()).isEqualTo("سقطت قذائف على حي الميدان.\nولم ترد أنباء عن إصابات.");
    }

    @Test
    void publishedFallsBackToTheArabicDateLine() {
        String record = "{\"id\": \"d1\", \"published\": \"الخميس 15/مارس/2018 - 09:40 م\", \"text\": \"نص\"}";
        Report r = IngestFixture.readFile(dir, "dates.jsonl", record + "\n").only();
        assertThat(r.published()).isEqualTo(PublishedTime.of(LocalDateTime.of(2018, 3, 15, 21, 40)));
    }

    @Test
    void lineOverTheLimitIsSkippedAsTooLargeAndTheFileGoesOn() {
        String big = "{\"id\": \"big\", \"text\": \"" + "ب".repeat(3000) + "\"}";
        Path file = IngestFixture.write(dir, "limits.jsonl", RECORD + "\n" + big + "\n"
                + RECORD.replace("sy-0417", "sy-0419") + "\n");
        var result = IngestFixture.read(Ingestor.builder().maxInputBytes(2000).build(), file);
        assertThat(result.reports()).extracting(Report::id).containsExactly("sy-0417", "sy-0419");
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.TOO_LARGE);
            assertThat(s.input()).endsWith("limits.jsonl:2");
        });
    }

    @Test
    void jsonLinesLargerThanTheLimitAreStreamedRecordByRecord() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            lines.append(RECORD.replace("sy-0417", "sy-" + i)).append('\n');
        }
        Path file = IngestFixture.write(dir, "many.jsonl", lines.toString());
        var result = IngestFixture.read(Ingestor.builder().maxInputBytes(1000).build(), file);
        assertThat(result.reports()).hasSize(40);
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void jsonArrayGivesOneReportPerElement() {
        String array = "[\n  " + RECORD + ",\n  " + RECORD.replace("sy-0417", "sy-0420") + "\n]\n";
        var result = IngestFixture.readFile(dir, "batch.json", array);
        assertThat(result.reports()).extracting(Report::id).containsExactly("sy-0417", "sy-0420");
    }

    @Test
    void prettyPrintedSingleObjectGivesOneReport() {
        String pretty = RECORD.replace("{", "{\n  ").replace(", \"", ",\n  \"");
        Report r = IngestFixture.readFile(dir, "one.json", pretty).only();
        assertThat(r.id()).isEqualTo("sy-0417");
    }

    @Test
    void utf16JsonLinesAreRead() {
        byte[] bytes = (RECORD + "\n" + RECORD.replace("sy-0417", "sy-0421") + "\n")
                .getBytes(StandardCharsets.UTF_16LE);
        var result = IngestFixture.readFile(dir, "wide.jsonl", bytes);
        assertThat(result.reports()).extracting(Report::id).containsExactly("sy-0417", "sy-0421");
    }

    @Test
    void stdinJsonLinesWithoutIdsAreNumberedAfterStdin() {
        String noId = "{\"text\": \"انفجار سيارة مفخخة في إعزاز\"}\n";
        var result = IngestFixture.readStdin((noId + noId).getBytes(StandardCharsets.UTF_8));
        assertThat(result.reports()).extracting(Report::id).isEqualTo(List.of("stdin:1", "stdin:2"));
        assertThat(result.reports().get(0).origin()).isEqualTo("<stdin>:1");
    }
}
