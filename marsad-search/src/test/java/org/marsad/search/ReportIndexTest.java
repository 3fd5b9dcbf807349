package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

class ReportIndexTest {

    private static final Report SHELLING = report("kafr-nabl-shelling", "مقتل مدنيين في ريف المحافظة الجنوبي",
            "قتل ٣ مدنيين بقصف مدفعي لقوات النظام استهدف بلدة كفرنبل صباح الثلاثاء، بحسب ناشطين محليين.\n"
                    + "وأضاف الناشطون أن فرق الدفاع المدني انتشلت الجرحى من تحت الأنقاض.");
    private static final Report HAMZA = report("idlib-airstrike", "غارات جوية على مدينة إدلب",
            "شنت طائرات حربية أربع غارات على أحياء سكنية في مدينة إدلب مساء الأحد، ما أدى إلى دمار واسع.");
    private static final Report NAME = report("harasta-front", "معارك على جبهة حرستا",
            "أعلن المتحدث باسم «جيش الإسلام» أن مقاتليه صدوا هجوماً لقوات النظام على جبهة حرستا في الغوطة الشرقية.");
    private static final Report TATWEEL_NAME = report("douma-statement", "بيان من دوما",
            "نفى قائد عسكري تابع لـ\"جيش الإسلام\" وجود أي اتفاق مع الروس لتسليم مدينة دوما.");
    private static final Report SCATTERED = report("army-redeploys", "انتشار عسكري في المدينة",
            "انتشر جيش النظام في شوارع المدينة بعد خطبة قال فيها إمام المسجد إن الإسلام يحرم الاقتتال.");

    @TempDir
    Path dir;
    private ReportIndex index;

    private static Report report(String id, String title, String text) {
        return new Report(id, title, text, PublishedTime.of(LocalDateTime.of(2018, 3, 6, 10, 30)), null,
                "Test Wire", "test");
    }

    @BeforeEach
    void open() {
        index = ReportIndex.open(dir);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(String query) {
        return index.search(query, 10).stream().map(SearchHit::reportId).toList();
    }

    private void putAll(Report... reports) {
        for (Report r : reports) {
            index.put(r);
        }
    }

    @Test
    void theDefiniteNounFindsTheWordWithAPreposition() {
        putAll(SHELLING, HAMZA);
        assertThat(SHELLING.text()).doesNotContain("القصف");
        assertThat(ids("القصف")).containsExactly("kafr-nabl-shelling");
    }

    @Test
    void aBareAlefFindsTheHamzatedSpelling() {
        putAll(SHELLING, HAMZA);
        assertThat(ids("ادلب")).containsExactly("idlib-airstrike");
    }

    @Test
    void aQuotedPhraseMatchesTheNameWordForWordOnly() {
        putAll(NAME, TATWEEL_NAME, SCATTERED);
        assertThat(ids("\"جيش الإسلام\"")).containsExactlyInAnyOrder("harasta-front", "douma-statement");
    }

    @Test
    void theSameWordsUnquotedMatchWhereverTheyStand() {
        putAll(NAME, TATWEEL_NAME, SCATTERED);
        assertThat(ids("جيش الإسلام")).containsExactlyInAnyOrder("harasta-front", "douma-statement", "army-redeploys");
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheText() {
        Report inTitle = report("a-title", "قصف على حرستا", "استهدفت قوات النظام الأحياء السكنية بالمدفعية الثقيلة صباحاً.");
        Report inText = report("b-text", "قصف على الغوطة", "استهدفت قوات النظام الأحياء السكنية في حرستا صباحاً.");
        putAll(inText, inTitle);
        assertThat(ids("حرستا")).containsExactly("a-title", "b-text");
        assertThat(ids("title:حرستا")).containsExactly("a-title");
        assertThat(ids("text:حرستا")).containsExactly("b-text");
    }

    @Test
    void theSnippetMarksTheMatchingWordsInTheOriginalSpelling() {
        putAll(SHELLING, TATWEEL_NAME);
        SearchHit hit = index.search("القصف", 5).get(0);
        assertThat(hit.title()).isEqualTo(SHELLING.title());
        assertThat(hit.score()).isPositive();
        assertThat(hit.snippet().marked("[", "]")).contains("[بقصف]").doesNotContain("\n");
        SearchHit name = index.search("\"جيش الإسلام\"", 5).get(0);
        assertThat(name.snippet().marked("[", "]")).contains("لـ\"[جيش الإسلام]\"");
    }

    @Test
    void aTitleOnlyMatchShowsTheOpeningOfTheTextUnmarked() {
        putAll(HAMZA);
        SearchHit hit = index.search("title:غارات", 5).get(0);
        assertThat(hit.snippet().text()).startsWith("شنت طائرات حربية");
        assertThat(hit.snippet().marks()).isEmpty();
    }

    @Test
    void puttingTheSameReportTwiceChangesNothing() {
        assertThat(index.put(SHELLING)).isEqualTo(PutResult.ADDED);
        assertThat(index.put(SHELLING)).isEqualTo(PutResult.UNCHANGED);
        index.commit();
        assertThat(index.put(SHELLING)).isEqualTo(PutResult.UNCHANGED);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aNewVersionOfAReportReplacesTheOld() {
        index.put(SHELLING);
        Report revised = report(SHELLING.id(), SHELLING.title(), "قتل ٥ مدنيين في غارة جوية على بلدة حاس.");
        assertThat(index.put(revised)).isEqualTo(PutResult.REPLACED);
        assertThat(index.size()).isEqualTo(1);
        assertThat(ids("كفرنبل")).isEmpty();
        assertThat(ids("حاس")).containsExactly(SHELLING.id());
    }

    @Test
    void aDeletedReportIsNoLongerFound() {
        putAll(SHELLING, HAMZA);
        assertThat(index.delete(SHELLING.id())).isTrue();
        assertThat(index.delete(SHELLING.id())).isFalse();
        assertThat(ids("كفرنبل")).isEmpty();
        assertThat(index.put(SHELLING)).isEqualTo(PutResult.ADDED);
    }

    @Test
    void theIdsAreThoseOfTheReportsHeldNowCommittedOrNotDeletedOnesLeftOut() {
        putAll(SHELLING, HAMZA);
        index.commit();
        index.put(NAME);
        index.delete(SHELLING.id());

        assertThat(index.ids()).containsExactlyInAnyOrder(HAMZA.id(), NAME.id());
    }

    @Test
    void committedReportsSurviveReopening() {
        putAll(SHELLING, HAMZA);
        index.commit();
        index.close();
        index = ReportIndex.open(dir);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.put(HAMZA)).isEqualTo(PutResult.UNCHANGED);
        assertThat(ids("ادلب")).containsExactly("idlib-airstrike");
    }

    @Test
    void aSecondWriterOnTheSameFolderIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ReportIndex.open(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("already open");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> ReportIndex.open(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot open the search index at " + file);
    }

    @Test
    void aClosedIndexSaysSo() {
        index.close();
        assertThatThrownBy(() -> index.search("ادلب", 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void malformedQueriesAreRefusedWithAReasonAndNoLuceneInternals() {
        putAll(NAME);
        assertRefused("\"جيش الإسلام", "quote");
        assertRefused("(ادلب OR حماة", "parenthesis");
        assertRefused("ادلب)", "parenthesis");
        assertRefused("ادلب AND", "ends where a search term is expected");
        assertRefused("ادلب AND OR حماة", "«OR» at column 10");
        assertRefused("مكان:ادلب", "unknown field 'مكان'");
        assertRefused("[أ TO ي]", "range queries");
        assertRefused("*لب", "'*' or '?' not allowed as first character");
        assertRefused("  ", "empty");
        assertRefused("ادلب\\", "cannot be read from column");
    }

    private void assertRefused(String query, String reason) {
        assertThatThrownBy(() -> index.search(query, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.apache").doesNotContain("<EOF>"));
    }

    @Test
    void aQueryOfStopWordsAloneFindsNothing() {
        putAll(SHELLING, HAMZA);
        assertThat(ids("في")).isEmpty();
    }

    @Test
    void booleanOperatorsPrefixesAndLimitsWork() {
        putAll(SHELLING, HAMZA, NAME);
        assertThat(ids("ادلب OR حرستا")).containsExactlyInAnyOrder("idlib-airstrike", "harasta-front");
        assertThat(ids("قوات -حرستا")).containsExactly("kafr-nabl-shelling");
        assertThat(ids("كفرن*")).containsExactly("kafr-nabl-shelling");
        assertThat(ids("كفرنبال~")).containsExactly("kafr-nabl-shelling");
        assertThat(ids("(ادلب OR كفرنبل) غارات")).containsExactly("idlib-airstrike");
        assertThat(index.search("قوات", 1)).hasSize(1);
        assertThatThrownBy(() -> index.search("قوات", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentWritersAndSearchersSeeEveryReportInTheEnd() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        index.put(report("r-" + writer + "-" + i, "تقرير " + i, "اشتباكات في محيط بلدة اللطامنة رقم " + i));
                    }
                }));
            }
            tasks.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    index.search("اشتباكات اللطامنة", 5);
                }
            }));
            for (Future<?> t : tasks) {
                t.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.size()).isEqualTo(120);
        assertThat(index.search("اللطامنة", 200)).hasSize(120);
    }
}
