package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

class PlainTextReportTest {

    private static final String TITLE = "قوات النظام تقصف بلدة كفرنبل بريف إدلب الجنوبي";
    private static final String PARAGRAPH_ONE =
            "قُتل 3 مدنيين وأُصيب آخرون جراء قصفٍ مدفعي استهدف الأحياء السكنية في البلدة صباح اليوم.";
    private static final String PARAGRAPH_TWO =
            "وقال ناشط محلي لـ\"شبكة الرصد\" إن القصف تركّز على محيط السوق الشعبـــي  ";

    @TempDir
    Path dir;

    private Report read(String content) {
        return IngestFixture.readFile(dir, "kafranbel-shelling.txt", content).only();
    }

    @Test
    void firstLineIsTheTitle() {
        Report r = read(TITLE + "\nالخميس 15/مارس/2018 - 09:40 ص\n" + PARAGRAPH_ONE + "\n");
        assertThat(r.title()).isEqualTo(TITLE);
    }

    @Test
    void dateLineGivesPublishedTime() {
        Report r = read(TITLE + "\nالخميس 15/مارس/2018 - 09:40 ص\n" + PARAGRAPH_ONE + "\n");
        assertThat(r.published()).isEqualTo(PublishedTime.of(LocalDateTime.of(2018, 3, 15, 9, 40)));
    }

    @Test
    void eveningMarkMovesTheTimeToTheAfternoon() {
        Report r = read(TITLE + "\nالخميس 15/مارس/2018 - 09:40 م\n" + PARAGRAPH_ONE + "\n");
        assertThat(r.published()).isEqualTo(PublishedTime.of(LocalDateTime.of(2018, 3, 15, 21, 40)));
    }

    @Test
    void boilerplateLinesAreDroppedAndBodyKeptExactly() {
        Report r = read(TITLE + "\nالخميس 15/مارس/2018 - 09:40 ص\nطباعة\n" + PARAGRAPH_ONE + "\r\n  شارك \n\n"
                + PARAGRAPH_TWO + "\nأرسل لصديق\n");
        assertThat(r.text()).isEqualTo(PARAGRAPH_ONE + "\n" + PARAGRAPH_TWO);
    }

    @Test
    void boilerplateMatchesOnlyWholeLines() {
        String sentence = "شارك العشرات في تشييع الضحايا بمدينة معرة النعمان";
        Report r = read(TITLE + "\nالخميس 15/مارس/2018 - 09:40 ص\n" + sentence + "\n");
        assertThat(r.text()).isEqualTo(sentence);
    }

    @Test
    void idIsTheFileNameWithoutExtensionAndOriginIsThePath() {
        Report r = read(TITLE + "\n" + PARAGRAPH_ONE);
        assertThat(r.id()).isEqualTo("kafranbel-shelling");
        assertThat(r.origin()).isEqualTo(dir.resolve("kafranbel-shelling.txt").toString());
    }

    @Test
    void shortFirstLineWithoutDateLineIsStillTheTitle() {
        Report r = read(TITLE + "\n" + PARAGRAPH_ONE + "\n" + PARAGRAPH_TWO);
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.published()).isNull();
        assertThat(r.text()).isEqualTo(PARAGRAPH_ONE + "\n" + PARAGRAPH_TWO);
    }

    @Test
    void longFirstLineWithoutDateLineIsBodyNotTitle() {
        String longParagraph = (PARAGRAPH_ONE + " ").repeat(3).strip();
        Report r = read(longParagraph + "\n" + PARAGRAPH_TWO);
        assertThat(r.title()).isEmpty();
        assertThat(r.text()).isEqualTo(longParagraph + "\n" + PARAGRAPH_TWO);
    }

    @Test
    void singleLineFileKeepsItsLineAsText() {
        Report r = read(TITLE);
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.text()).isEqualTo(TITLE);
    }

    @Test
    void fileOfOnlyBoilerplateIsSkippedAsEmpty() {
        var result = IngestFixture.readFile(dir, "widgets.txt", "طباعة\nشارك\n");
        assertThat(result.onlySkip().reason()).isEqualTo(SkipReason.EMPTY);
    }
}
