package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

/**
 * Names that Syria's forces kept after Assad's fall ({@code القوات الحكومية}، {@code الجيش السوري}، {@code
 * السوري} after a strike), told apart by the report's date, on reports written for these tests.
 */
class ActorsByReportDateTest {

    private static final String ASSAD_ERA = "Military Forces of Syria (2000-2024)";
    private static final String POST_ASSAD = "Military Forces of Syria (2024-)";
    private static final String SYRIAN_FORCES = "Military Forces of Syria";

    private static Marsad marsad;

    @BeforeAll
    static void load() {
        marsad = Marsad.builder().build();
    }

    private static Extraction extract(LocalDate day, String text) {
        PublishedTime published = day == null ? null : PublishedTime.of(day.atTime(10, 0));
        return marsad.extract(new Report("t", "", text, published, null, "Test Wire", "test"));
    }

    private static List<String> syrianForces(Extraction x) {
        return x.actors().stream().map(Actor::name).filter(n -> n.startsWith(SYRIAN_FORCES)).toList();
    }

    @Test
    void governmentForcesInAReportFrom2025AreThePostAssadForces() {
        Extraction x = extract(LocalDate.of(2025, 3, 10), "وقالت مصادر محلية إن القوات الحكومية اشتبكت فجر أمس مع "
                + "مسلحين مجهولين في بلدة حيش بريف إدلب الجنوبي، ما أدى إلى مقتل عنصرين.");
        assertThat(syrianForces(x)).containsExactly(POST_ASSAD);
        assertThat(x.events()).extracting(Event::actor1).contains(POST_ASSAD).doesNotContain(ASSAD_ERA);
    }

    @Test
    void governmentForcesInAReportFrom2018AreStillTheAssadEraForces() {
        Extraction x = extract(LocalDate.of(2018, 6, 20), "وقصفت القوات الحكومية بالمدفعية الثقيلة أمس بلدة مورك "
                + "في ريف حماة الشمالي، ما أدى إلى مقتل ثلاثة مدنيين.");
        assertThat(syrianForces(x)).containsExactly(ASSAD_ERA);
        assertThat(x.events()).extracting(Event::actor1).containsOnly(ASSAD_ERA);
    }

    @Test
    void everySharedNameOfTheSyrianStateInAReportFrom2025NamesThePostAssadForces() {
        Extraction x = extract(LocalDate.of(2025, 1, 18), "وأعلنت وزارة الدفاع السورية أن وحدات من الجيش السوري "
                + "انتشرت أمس في مدينة جبلة بريف اللاذقية، وأكد مصدر في قوات الحكومة السورية أن الانتشار يهدف إلى "
                + "ضبط الأمن وملاحقة المطلوبين.");
        assertThat(syrianForces(x)).containsExactly(POST_ASSAD);
    }

    @Test
    void governmentForcesInAnUndatedReportAreChosenByTheReportsCountryAlone() {
        Extraction x = extract(null, "وانتشرت القوات الحكومية في بلدة حيش بريف إدلب الجنوبي.");
        assertThat(syrianForces(x)).containsExactly(ASSAD_ERA);
    }

    @Test
    void syrianShellingInAReportFrom2025IsByThePostAssadForces() {
        Extraction x = extract(LocalDate.of(2025, 4, 2), "وقالت مصادر محلية إن القصف المدفعي السوري استهدف أمس "
                + "مواقع لقوات سوريا الديمقراطية في محيط بلدة دير حافر بريف حلب الشرقي.");
        assertThat(x.events()).extracting(Event::actor1).contains(POST_ASSAD).doesNotContain(ASSAD_ERA);
    }

    @Test
    void syrianAirStrikesInAReportFrom2018AreByTheAssadEraForces() {
        Extraction x = extract(LocalDate.of(2018, 2, 21), "وقتل خمسة مدنيين بينهم طفلان أمس في غارات سورية على "
                + "بلدة حيش بريف إدلب الجنوبي.");
        assertThat(x.events()).extracting(Event::actor1).contains(ASSAD_ERA).doesNotContain(POST_ASSAD);
    }
}
