package org.marsad.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/** Checks on the registry data shipped with Marsad. */
class BundledActorDataTest {

    private static ActorRegistry registry;

    @BeforeAll
    static void load() {
        registry = ActorRegistry.loadDefault();
    }

    private static ActorRecord actor(String id) {
        return registry.byId(id).orElseThrow(() -> new AssertionError("missing actor " + id));
    }

    private static boolean hasLink(String source, LinkType type, String target) {
        return registry.linksFrom(source).stream().anyMatch(l -> l.type() == type && l.targetId().equals(target));
    }

    @Test
    void bundledDataCoversAtLeastThreeHundredActors() {
        assertThat(registry.all()).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void mainActorsHaveAtLeastThreeDistinctArabicAliases() {
        List<String> main = List.of("islamic_state", "hts", "nusra", "jfs", "fsa", "sna", "nfl", "ahrar_al_sham",
                "nour_din_zenki", "jaish_al_islam", "faylaq_al_sham", "faylaq_al_rahman", "jaish_al_nasr", "firqa_wusta",
                "liwa_awwal", "firqa_5_mushat", "ajnad_al_sham", "jaish_al_izza", "jund_al_aqsa", "liwa_al_aqsa", "tip",
                "hurras_al_din", "sdf", "ypg", "ypj", "asayish", "tiger_forces", "ndf", "hezbollah", "fatemiyoun",
                "zainabiyoun", "irgc", "wagner_group", "military_forces_syria", "military_forces_russia",
                "military_forces_turkey", "military_forces_iran", "military_forces_usa", "military_forces_israel",
                "military_forces_iraq", "pmf", "peshmerga", "kataib_hezbollah", "asaib_ahl_al_haq", "badr_organization",
                "houthis", "military_forces_yemen", "stc", "security_belt", "giants_brigades", "aqap", "saudi_coalition",
                "lna", "gna_forces", "misrata_brigades", "rada");
        for (String id : main) {
            Set<String> keys = actor(id).aliasesAr().stream().map(ArabicNormalizer::key).collect(Collectors.toSet());
            assertThat(keys).as("distinct Arabic aliases of %s", id).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void noAliasIsABareCommonWord() {
        // Written out here rather than read from reserved_words.txt, so that emptying that file fails the test.
        Set<String> common = Set.of("النصر", "الشام", "الأقصى", "الحر", "الدولة", "التنظيم",
                "الهيئة", "الجبهة", "الحركة", "القوات", "الجيش", "اللواء", "الفرقة", "الحزب", "النظام",
                "التحالف", "القاعدة", "الجزيرة", "العربية", "الميادين", "المسيرة", "الأسد")
                .stream().map(ArabicNormalizer::key).collect(Collectors.toSet());
        for (ActorRecord r : registry.all()) {
            for (String alias : r.aliasesAr()) {
                assertThat(common).as("alias of %s", r.id()).doesNotContain(ArabicNormalizer.key(alias));
            }
        }
    }

    @Test
    void anaphoricShortFormsAreKeptApartFromAliases() {
        assertThat(actor("hts").shortAr()).contains("الهيئة");
        assertThat(actor("islamic_state").shortAr()).contains("التنظيم");
        assertThat(registry.byAlias("الهيئة")).isEmpty();
        assertThat(registry.byShortForm("الهيئه")).extracting(ActorRecord::id).contains("hts");
    }

    @Test
    void nusraIsSucceededByFatehAlShamThenTahrirAlSham() {
        ActorLink jfs = registry.linksFrom("jfs").stream()
                .filter(l -> l.type() == LinkType.SUCCESSOR_OF && l.targetId().equals("nusra")).findFirst().orElseThrow();
        ActorLink hts = registry.linksFrom("hts").stream()
                .filter(l -> l.type() == LinkType.SUCCESSOR_OF && l.targetId().equals("jfs")).findFirst().orElseThrow();
        assertThat(jfs.from()).isEqualTo(LocalDate.of(2016, 7, 28));
        assertThat(hts.from()).isEqualTo(LocalDate.of(2017, 1, 28));
    }

    @Test
    void aqsaGroupsAndFreeSyrianArmyBrigadesAreLinked() {
        assertThat(hasLink("jaish_al_nasr", LinkType.PART_OF, "fsa")).isTrue();
        assertThat(hasLink("firqa_wusta", LinkType.PART_OF, "fsa")).isTrue();
        assertThat(hasLink("liwa_al_aqsa", LinkType.SPLIT_FROM, "jund_al_aqsa")).isTrue();
        assertThat(hasLink("jund_al_aqsa", LinkType.JOINED, "hts")).isTrue();
    }

    @Test
    void liwaAlAqsaJoinedIslamicStateInFebruaryTwentySeventeen() {
        ActorLink joined = registry.linksFrom("liwa_al_aqsa").stream()
                .filter(l -> l.type() == LinkType.JOINED && l.targetId().equals("islamic_state")).findFirst().orElseThrow();
        assertThat(joined.holdsOn(LocalDate.of(2017, 2, 22))).isTrue();
        assertThat(joined.holdsOn(LocalDate.of(2017, 1, 31))).isFalse();
    }

    @Test
    void islamicStateUsesTheShortCanonicalNameWithTheAcledCountryForms() {
        ActorRecord is = actor("islamic_state");
        assertThat(is.name()).isEqualTo("Islamic State");
        assertThat(is.aliasesEn()).contains("Islamic State (Syria)", "Islamic State (Iraq)");
    }

    @Test
    void syrianArmyIsFoundUnderItsOppositionAndOfficialNames() {
        for (String spelling : List.of("قوات النظام", "قوات الأسد", "جيش النظام", "الجيش العربي السوري")) {
            assertThat(registry.byAlias(spelling)).extracting(ActorRecord::id).containsExactly("military_forces_syria");
        }
        assertThat(actor("military_forces_syria").name()).isEqualTo("Military Forces of Syria (2000-2024)");
    }

    @Test
    void aliasLookupIgnoresHamzaTatweelAndHarakat() {
        assertThat(registry.byAlias("هيئة تحريـــر الشَّام")).extracting(ActorRecord::id).containsExactly("hts");
        assertThat(registry.byAlias("لواء الاقصى")).extracting(ActorRecord::id).containsExactly("liwa_al_aqsa");
    }

    @Test
    void sharedGenericAliasNamesTheActorOfEveryCountry() {
        assertThat(registry.byAlias("المدنيين")).extracting(ActorRecord::id)
                .containsExactlyInAnyOrder("civilians_syria", "civilians_iraq", "civilians_yemen", "civilians_libya");
    }

    @Test
    void everyCountryHasItsGenericActors() {
        for (String country : List.of("Syria", "Iraq", "Yemen", "Libya")) {
            for (String generic : List.of("Civilians", "Unidentified Armed Group", "Protesters", "Rioters", "Prisoners")) {
                String name = generic + " (" + country + ")";
                assertThat(registry.byAlias(name)).as(name).extracting(ActorRecord::name).containsExactly(name);
            }
        }
    }

    @Test
    void personsAndMediaCarryNoActorType() {
        for (ActorRecord r : registry.all()) {
            if (r.kind() == ActorKind.PERSON || r.kind() == ActorKind.MEDIA) {
                assertThat(r.type()).as(r.id()).isNull();
            }
        }
        assertThat(actor("abu_bakr_al_baghdadi").kind()).isEqualTo(ActorKind.PERSON);
        assertThat(actor("sohr").kind()).isEqualTo(ActorKind.MEDIA);
    }

    @Test
    void intervenersAbroadAreExternalForces() {
        assertThat(actor("military_forces_russia").type()).isEqualTo(ActorType.EXTERNAL_OTHER_FORCES);
        assertThat(actor("military_forces_turkey").type().interCode()).isEqualTo(8);
    }

    @Test
    void assadEraForcesEndAndTheirSuccessorsBeginOnTheDayAssadFell() {
        LocalDate fall = LocalDate.of(2024, 12, 8);
        assertThat(actor("military_forces_syria").to()).isEqualTo(fall);
        assertThat(actor("military_forces_syria_2024").from()).isEqualTo(fall);
        assertThat(actor("police_forces_syria").to()).isEqualTo(fall);
        assertThat(actor("general_security_syria").from()).isEqualTo(fall);
    }

    @Test
    void actorsOfOneCountryThatShareAnAliasAreToldApartByTheirPeriods() {
        for (String key : registry.aliasKeys()) {
            List<ActorRecord> sharing = registry.byAlias(key);
            for (ActorRecord a : sharing) {
                for (ActorRecord b : sharing.subList(sharing.indexOf(a) + 1, sharing.size())) {
                    if (a.country() != null && a.country().equals(b.country())) {
                        assertThat(followEachOther(a, b)).as("%s and %s share \"%s\"", a.id(), b.id(), key)
                                .isTrue();
                    }
                }
            }
        }
    }

    /** Whether one of the two ends no later than the day the other begins: they coexist on one day at most. */
    private static boolean followEachOther(ActorRecord a, ActorRecord b) {
        return endsBy(a, b.from()) || endsBy(b, a.from());
    }

    private static boolean endsBy(ActorRecord a, LocalDate day) {
        return a.to() != null && day != null && !a.to().isAfter(day);
    }
}
