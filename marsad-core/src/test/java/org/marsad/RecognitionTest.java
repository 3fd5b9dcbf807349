package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Actor;
import org.marsad.model.Extraction;
import org.marsad.model.Mention;
import org.marsad.model.Place;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

/** Actors and places recognised with the bundled knowledge, on sentences written for these tests. */
class RecognitionTest {

    private static Marsad marsad;

    @BeforeAll
    static void load() {
        marsad = Marsad.builder().build();
    }

    private static Extraction extract(String text) {
        return marsad.extract(new Report("t", "", text, PublishedTime.of(LocalDateTime.of(2017, 3, 1, 10, 0)),
                null, null, "test"));
    }

    private static List<String> actorNames(String text) {
        return extract(text).actors().stream().map(Actor::name).toList();
    }

    private static List<String> placeNames(String text) {
        return extract(text).places().stream().map(Place::name).toList();
    }

    @Test
    void actorWithConjunctionAndQuotesIsRecognised() {
        assertThat(actorNames("واندلعت اشتباكات بين الفصائل و\"هيئة تحرير الشام\" فجر اليوم"))
                .contains("Hayat Tahrir al-Sham");
    }

    @Test
    void actorAfterTatweelAndQuoteClitic() {
        assertThat(actorNames("قال قائد عسكري لـ\"جيش النصر\" إن المعارك مستمرة")).contains("Jaish al-Nasr");
    }

    @Test
    void shortFormRefersBackToTheActorNamedEarlier() {
        Extraction x = extract("سيطرت هيئة تحرير الشام على البلدة، وقالت الهيئة إن عناصرها تقدموا");
        Actor hts = x.actors().stream().filter(a -> a.name().equals("Hayat Tahrir al-Sham")).findFirst().orElseThrow();
        assertThat(hts.mentions()).extracting(Mention::text).contains("الهيئة");
    }

    @Test
    void shortFormAloneIsNotAnActor() {
        assertThat(actorNames("وقالت الهيئة العامة للإحصاء إن الأسعار ارتفعت")).doesNotContain("Hayat Tahrir al-Sham");
    }

    @Test
    void unknownBrigadeIsKeptAsANewActor() {
        Extraction x = extract("هاجم مقاتلو \"لواء نسور البادية الشرقية\" حاجزاً قرب البلدة");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.id()).startsWith("new:");
            assertThat(a.name()).isEqualTo("لواء نسور البادية الشرقية");
            assertThat(a.type()).isNull();
        });
    }

    @Test
    void movementWithoutQuotesIsNotAGroup() {
        assertThat(extract("تشهد المنطقة حركة النزوح الكبيرة نحو الحدود").actors()).isEmpty();
    }

    @Test
    void placeWordsInsideActorNamesAreNeverPlaces() {
        List<String> places = placeNames("أعلنت هيئة تحرير الشام وجيش النصر ولواء الأقصى وأجناد الشام "
                + "وحركة أحرار الشام النفير العام");
        assertThat(places).isEmpty();
    }

    @Test
    void countrysideWithProcliticsIsTheTown() {
        assertThat(placeNames("تقدمت القوات وبريف إدلب الجنوبي")).containsExactly("Idlib");
    }

    @Test
    void governorateNamedWithMuhafazaIsTheGovernorate() {
        Extraction x = extract("وصل المقاتلون إلى محافظة الرقة مساء أمس");
        assertThat(x.places()).singleElement().satisfies(p -> assertThat(p.id()).startsWith("ocha:"));
    }

    @Test
    void kafrCompoundIsFoundWithAndWithoutItsSpace() {
        List<Place> joined = extract("قصفت الطائرات بلدة كفروما جنوب إدلب").places();
        List<Place> spaced = extract("قصفت الطائرات بلدة كفر روما جنوب إدلب").places();
        assertThat(joined).extracting(Place::id).contains(spaced.get(0).id());
    }

    @Test
    void countryNameResolvesToTheCountry() {
        Extraction x = extract("وصلت تعزيزات عسكرية من تركيا إلى الحدود مع سوريا");
        assertThat(x.places()).extracting(Place::id).contains("iso:TR", "iso:SY");
    }

    @Test
    void commonWordIsNotAPlaceWithoutAStrongCue() {
        assertThat(placeNames("أصدرت الوزارة بيانا في إطار الحملة")).isEmpty();
    }

    @Test
    void listAfterASettlementNounIsAListOfPlaces() {
        assertThat(placeNames("سيطرت الفصائل على بلدات حيش ومورك وكفرزيتا في ريف حماة"))
                .contains("Hish", "Murak", "Kafr Zita");
    }

    @Test
    void mentionSpansPointIntoTheOriginalText() {
        String text = "قُتل مدنيان في قصفٍ على مدينـة خان شيخون";
        Place p = extract(text).places().get(0);
        Mention m = p.mentions().get(0);
        assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo("خان شيخون");
    }
}
