package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Report;

class EncodingDetectionTest {

    private static final String TITLE = "اشتباكات عنيفة بين فصائل المعارضة وتنظيم \"داعش\" في ريف حماة";
    private static final String BODY = "أفادت مصادر ميدانية بأن المواجهات اندلعت فجر الأحد على أطراف قرية عقيربات،"
            + " وأسفرت عن مقتل 7 عناصر من الطرفين على الأقل في حصيلة أولية.\n"
            + "وأضافت المصادر أن الطيران الحربي شنّ غارات على المنطقة بعد ساعات من بدء الاشتباكات.";
    private static final String REPORT = TITLE + "\n" + BODY + "\n";
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    @TempDir
    Path dir;

    private Report read(byte[] bytes) {
        return IngestFixture.readFile(dir, "report.txt", bytes).only();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void utf8WithoutBomIsRead() {
        Report r = read(REPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void utf8BomIsStrippedFromTheTitle() {
        Report r = read(concat(bytes(0xEF, 0xBB, 0xBF), REPORT.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.title()).isEqualTo(TITLE);
    }

    @Test
    void utf16LittleEndianWithBomIsRead() {
        Report r = read(concat(bytes(0xFF, 0xFE), REPORT.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void utf16BigEndianWithBomIsRead() {
        Report r = read(REPORT.getBytes(StandardCharsets.UTF_16));
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void utf16LittleEndianWithoutBomIsRecognizedByItsZeroBytes() {
        Report r = read(REPORT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void utf16BigEndianWithoutBomIsRecognizedByItsZeroBytes() {
        Report r = read(REPORT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void windows1256IsRead() {
        Report r = read(REPORT.getBytes(WINDOWS_1256));
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void iso88596IsRead() {
        String plain = REPORT.replace("\u0651", "");
        Report r = read(plain.getBytes(ISO_8859_6));
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.text()).isEqualTo(BODY.replace("\u0651", ""));
    }

    @Test
    void binaryJunkWithNulBytesIsUndecodable() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Skipped s = IngestFixture.readFile(dir, "photo.txt", junk).onlySkip();
        assertThat(s.reason()).isEqualTo(SkipReason.UNDECODABLE);
        assertThat(s.detail()).contains("NUL");
    }

    @Test
    void controlCharactersWithoutNulAreUndecodable() {
        byte[] junk = new byte[2000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (1 + i % 31);
        }
        Skipped s = IngestFixture.readFile(dir, "dump.txt", junk).onlySkip();
        assertThat(s.reason()).isEqualTo(SkipReason.UNDECODABLE);
        assertThat(s.detail()).contains("control characters");
    }

    @Test
    void truncatedUtf8IsUndecodableAndNamesTheByte() {
        String endsInArabicLetter = REPORT.strip().substring(0, REPORT.strip().length() - 1);
        byte[] utf8 = endsInArabicLetter.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);
        Skipped s = IngestFixture.readFile(dir, "cut.txt", cut).onlySkip();
        assertThat(s.reason()).isEqualTo(SkipReason.UNDECODABLE);
        assertThat(s.detail()).contains("invalid UTF-8 at byte " + (cut.length - 1));
    }

    @Test
    void utf8MixedWithWindows1256IsUndecodable() {
        byte[] mixed = concat(TITLE.getBytes(StandardCharsets.UTF_8), ("\n" + BODY).getBytes(WINDOWS_1256));
        Skipped s = IngestFixture.readFile(dir, "mixed.txt", mixed).onlySkip();
        assertThat(s.reason()).isEqualTo(SkipReason.UNDECODABLE);
        assertThat(s.detail()).contains("invalid UTF-8");
    }

    @Test
    void emptyFileIsSkippedAsEmpty() {
        assertThat(IngestFixture.readFile(dir, "empty.txt", new byte[0]).onlySkip().reason())
                .isEqualTo(SkipReason.EMPTY);
    }

    @Test
    void whitespaceOnlyFileIsSkippedAsEmpty() {
        assertThat(IngestFixture.readFile(dir, "blank.txt", " \n\t\r\n  ").onlySkip().reason())
                .isEqualTo(SkipReason.EMPTY);
    }

    @Test
    void detectorPrefersWindows1256WhenBothCodePagesDecode() throws UndecodableInputException {
        byte[] bytes = "قال مصدر في الدفاع المدني إن الحصيلة مرشحة للارتفاع".getBytes(WINDOWS_1256);
        EncodingDetector detector = new EncodingDetector(PhraseList.load("common-words.txt"));
        assertThat(detector.detect(bytes, bytes.length, false).charset()).isEqualTo(WINDOWS_1256);
    }
}
