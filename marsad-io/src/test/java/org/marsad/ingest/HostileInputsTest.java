package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Report;

/** A folder of inputs built to break parsers: every one must be read or skipped with a reason, quickly. */
class HostileInputsTest {

    private static final String GOOD = "انفجار عبوة ناسفة في مدينة الباب\nأسفر الانفجار عن مقتل شخصين.\n";

    @TempDir
    static Path dir;
    private static IngestFixture.Result result;

    @BeforeAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    static void readTheHostileFolder() throws IOException {
        byte[] junk = new byte[100_000];
        new Random(42).nextBytes(junk);
        IngestFixture.write(dir, "binary.bin", junk);
        byte[] utf8 = GOOD.getBytes(StandardCharsets.UTF_8);
        IngestFixture.write(dir, "truncated.txt", java.util.Arrays.copyOf(utf8, utf8.length - 3));  // cuts the last letter in half
        byte[] first = "تقرير أول عن الاشتباكات في ريف حلب\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "وقالت مصادر إن القصف استمر حتى المساء\n".getBytes(Charset.forName("windows-1256"));
        byte[] mixed = new byte[first.length + second.length];
        System.arraycopy(first, 0, mixed, 0, first.length);
        System.arraycopy(second, 0, mixed, first.length, second.length);
        IngestFixture.write(dir, "mixed-encodings.txt", mixed);
        IngestFixture.write(dir, "empty.txt", new byte[0]);
        IngestFixture.write(dir, "blank.txt", "\n \n\t\n");
        Path hugeLine = dir.resolve("huge-line.jsonl");
        try (OutputStream out = Files.newOutputStream(hugeLine)) {
            out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "ب".repeat(512 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\": \"after-huge\", \"text\": \"نص قصير بعد السطر الضخم\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        IngestFixture.write(dir, "scripts.html", "<html><head><title>صفحة</title></head><body>"
                + "<script>var a = '<p>not text</p>';</script>".repeat(2000)
                + "<p>قصف مدفعي على بلدة اللطامنة</p><script>document.write('<p>leak</p>')</script></body></html>");
        IngestFixture.write(dir, "deep.html", "<html><body>" + "<div>".repeat(100_000) + "<p>نص عميق جداً</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        IngestFixture.write(dir, "xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><item><title>&xxe;</title></item>"
                + "</channel></rss>");
        IngestFixture.write(dir, "billion-laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY a \"aaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&c;</title></entry></feed>");
        IngestFixture.write(dir, "unclosed.json", "[{\"id\": \"one\", \"text\": \"نص\"}, {\"id\": ");
        IngestFixture.write(dir, "good.txt", GOOD);
        result = IngestFixture.read(Ingestor.builder().build(), dir);
    }

    private static Map<String, SkipReason> skipsByFile() {
        return result.skipped().stream().collect(Collectors.toMap(
                s -> Path.of(s.input().replaceAll("[:#]\\d+$", "")).getFileName().toString(), Skipped::reason,
                (a, b) -> a));
    }

    @Test
    void badInputsAreSkippedWithTheirReasons() {
        assertThat(skipsByFile()).containsOnly(
                Map.entry("binary.bin", SkipReason.UNDECODABLE),
                Map.entry("truncated.txt", SkipReason.UNDECODABLE),
                Map.entry("mixed-encodings.txt", SkipReason.UNDECODABLE),
                Map.entry("empty.txt", SkipReason.EMPTY),
                Map.entry("blank.txt", SkipReason.EMPTY),
                Map.entry("huge-line.jsonl", SkipReason.TOO_LARGE),
                Map.entry("xxe.xml", SkipReason.MALFORMED),
                Map.entry("billion-laughs.xml", SkipReason.MALFORMED),
                Map.entry("unclosed.json", SkipReason.MALFORMED));
    }

    @Test
    void everySkipSaysWhatWasWrong() {
        assertThat(result.skipped()).allSatisfy(s -> assertThat(s.detail()).isNotBlank());
    }

    @Test
    void goodInputsAndRecordsAreRead() {
        assertThat(result.reports()).extracting(Report::id)
                .containsExactlyInAnyOrder("good", "after-huge", "scripts", "deep", "one");
    }

    @Test
    void scriptContentNeverReachesText() {
        Report page = result.reports().stream().filter(r -> r.id().equals("scripts")).findFirst().orElseThrow();
        assertThat(page.text()).isEqualTo("قصف مدفعي على بلدة اللطامنة");
    }

    @Test
    void deeplyNestedPageKeepsItsParagraph() {
        Report page = result.reports().stream().filter(r -> r.id().equals("deep")).findFirst().orElseThrow();
        assertThat(page.text()).contains("نص عميق");
    }
}
