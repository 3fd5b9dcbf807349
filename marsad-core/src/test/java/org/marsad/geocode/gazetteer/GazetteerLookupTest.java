package org.marsad.geocode.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups over small analyst-layout files written here, without the bundled data. */
class GazetteerLookupTest {

    static final String PLACES_HEADER = "id\tkind\tfeature_code\tcountry\tlat\tlon\tpopulation\tname_en\tnames_ar"
            + "\tadmin1_en\tadmin1_ar\tadmin2_en\tadmin2_ar\tadmin3_en\tadmin3_ar\n";
    static final String COUNTRIES_HEADER = "iso2\tiso_numeric\tname_en\tnames_ar\tacled_region\tlat\tlon\n";

    @TempDir
    static Path dir;
    static Gazetteer gazetteer;

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @BeforeAll
    static void load() throws IOException {
        Path countries = write(dir, "countries.tsv", "# hand-made\n" + COUNTRIES_HEADER
                + "SY\t760\tSyria\tسوريا|سورية\tMiddle East\t33.51\t36.29\n"
                + "LB\t422\tLebanon\tلبنان\tMiddle East\t33.89\t35.50\n");
        Path places = write(dir, "villages.tsv", PLACES_HEADER
                + "test:1\tLOCALITY\tPPL\tSY\t35.6366\t36.6329\t\tKafr Ruma\tكفر روما\tIdleb\tإدلب\n"
                + "test:2\tLOCALITY\tPPLA2\tSY\t35.9528\t39.0079\t177636\tAr Raqqah\tالرَّقَّة\n"
                + "test:3\tLOCALITY\t\tSY\t35.5479\t36.6436\t\tHish\tحيش\n"
                + "test:4\tLOCALITY\tPPL\tSY\t35.3742\t36.6033\t21845\tKafr Zita\tكفرزيتا\n"
                + "test:5\tLOCALITY\tPPLA\tSY\t35.3352\t40.1408\t\tDeir ez-Zor\tدير الزور\n"
                + "test:6\tADMIN3\tADM3\tSY\t35.45\t36.62\t\tKhan Shaykun\tناحية خان شيخون الكبرى\n");
        gazetteer = Gazetteer.builder().withoutBundledData().extraFile(countries).extraFile(places).build();
    }

    @Test
    void kafrCompoundIsFoundWrittenWithTheSpace() {
        assertThat(gazetteer.lookupName("كفر روما")).extracting(GazetteerEntry::id).containsExactly("test:1");
    }

    @Test
    void kafrCompoundIsFoundWrittenAsOneWordWithTheDoubledLetterOnce() {
        assertThat(gazetteer.lookupName("كفروما")).extracting(GazetteerEntry::id).containsExactly("test:1");
    }

    @Test
    void oneWordKafrSpellingIsFoundWrittenWithASpace() {
        assertThat(gazetteer.lookupName("كفر زيتا")).extracting(GazetteerEntry::id).containsExactly("test:4");
    }

    @Test
    void deirCompoundIsFoundWithoutTheSpace() {
        assertThat(gazetteer.lookupName("ديرالزور")).extracting(GazetteerEntry::id).containsExactly("test:5");
    }

    @Test
    void theLeadingWordsOfAMultiWordNameArePrefixesAndTheWholeNameIsNot() {
        assertThat(gazetteer.isNamePrefix("ناحيه")).isTrue();
        assertThat(gazetteer.isNamePrefix("ناحيه خان شيخون")).isTrue();
        assertThat(gazetteer.isNamePrefix("ناحيه خان شيخون الكبري")).isFalse();
        assertThat(gazetteer.isNamePrefix("خان")).isFalse();
        assertThat(gazetteer.isNamePrefix("حيش")).isFalse();
    }

    @Test
    void lookingUpAKeyTellsItsEntriesAndWhetherLongerNamesBeginWithIt() {
        Gazetteer.KeyHits kafr = gazetteer.lookupKey("كفر");
        assertThat(kafr.entries()).isEmpty();
        assertThat(kafr.namePrefix()).isTrue();
        Gazetteer.KeyHits kafrRuma = gazetteer.lookupKey("كفر روما");
        assertThat(kafrRuma.entries()).extracting(GazetteerEntry::id).containsExactly("test:1");
        assertThat(kafrRuma.namePrefix()).isFalse();
        assertThat(gazetteer.lookupKey("حماة").entries()).isEmpty();
    }

    @Test
    void hamzaAndTehMarbutaVariantsShareTheKey() {
        assertThat(gazetteer.lookupName("الرقه")).extracting(GazetteerEntry::id).containsExactly("test:2");
    }

    @Test
    void nameIsFoundWithoutItsArticle() {
        assertThat(gazetteer.lookupName("رقة")).extracting(GazetteerEntry::id).containsExactly("test:2");
    }

    @Test
    void nameIsFoundWithAnAddedArticle() {
        assertThat(gazetteer.lookupName("الحيش")).extracting(GazetteerEntry::id).containsExactly("test:3");
    }

    @Test
    void exactLookupLeavesOutSpellingVariants() {
        assertThat(gazetteer.lookupExactName("رقة")).isEmpty();
        assertThat(gazetteer.lookupExactName("الرقة")).extracting(GazetteerEntry::id).containsExactly("test:2");
    }

    @Test
    void countryNameResolvesToACountryEntry() {
        assertThat(gazetteer.lookupName("سورية")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(PlaceKind.COUNTRY);
            assertThat(e.id()).isEqualTo("iso:SY");
        });
    }

    @Test
    void countryIsFoundByItsAcledIsoNumber() {
        assertThat(gazetteer.countryByIsoNumeric(422)).map(Country::nameEn).hasValue("Lebanon");
    }

    @Test
    void longestIndexedNameSetsTheTokenLimit() {
        assertThat(gazetteer.maxNameTokens()).isEqualTo(4);
    }

    @Test
    void nearListsPlacesNearestFirstAndLeavesOutCountries() {
        assertThat(gazetteer.near(35.60, 36.63, 30)).extracting(GazetteerEntry::id)
                .containsExactly("test:1", "test:3", "test:6", "test:4");
    }

    @Test
    void unknownKeyFindsNothing() {
        assertThat(gazetteer.lookupName("مدينة لا وجود لها")).isEmpty();
    }

    @Test
    void analystRowReplacesTheEntryWithTheSameId(@TempDir Path tmp) throws IOException {
        Path fix = write(tmp, "fix.tsv", PLACES_HEADER + "test:3\tLOCALITY\t\tSY\t35.55\t36.64\t1200\tHeish\tحيش\n");
        Gazetteer fixed = Gazetteer.builder().withoutBundledData().extraFile(dir.resolve("villages.tsv"))
                .extraFile(fix).build();
        assertThat(fixed.lookupName("حيش")).extracting(GazetteerEntry::nameEn).containsExactly("Heish");
    }

    @Test
    void malformedPlaceRowIsRefusedNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Path bad = write(tmp, "bad-villages.tsv", PLACES_HEADER
                + "test:9\tLOCALITY\t\tSY\t35.1\t36.1\t\tGood\tقرية\n"
                + "test:10\tLOCALITY\t\tSY\tخطأ\t36.1\t\tBad\tقرية ثانية\n");
        assertThatThrownBy(() -> Gazetteer.builder().withoutBundledData().extraFile(bad).build())
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("bad-villages.tsv:3:")
                .hasMessageContaining("lat");
    }

    @Test
    void placeRowOfAnUnknownKindIsRefusedNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Path bad = write(tmp, "kinds.tsv", PLACES_HEADER + "test:9\tVILLAGE\t\tSY\t35.1\t36.1\t\tGood\tقرية\n");
        assertThatThrownBy(() -> Gazetteer.builder().withoutBundledData().extraFile(bad).build())
                .isInstanceOf(GazetteerException.class).hasMessageContaining("kinds.tsv:2:");
    }

    @Test
    void countryRowWithoutArabicNameIsRefusedNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Path bad = write(tmp, "more-countries.tsv", COUNTRIES_HEADER + "\n# comment\nQA\t634\tQatar\t\tMiddle East\t25.29\t51.53\n");
        assertThatThrownBy(() -> Gazetteer.builder().withoutBundledData().extraFile(bad).build())
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("more-countries.tsv:4:")
                .hasMessageContaining("QA");
    }

    @Test
    void malformedCompactRowIsRefusedNamingFileAndLine(@TempDir Path tmp) throws IOException {
        write(tmp, "admins.tsv", "en\tar\nIdleb\tإدلب\n");
        String rows = String.join("\t", CompactPlaces.PLACES_LAYOUT) + "\n"
                + "t:1\tLOCALITY\tPPL\tSY\t35.1\t36.1\t\t1\t\t\tOne\tقرية\n"
                + "t:2\tLOCALITY\tPPL\tSY\t35.2\t36.2\t\t1\t\t\tTwo\tقرية ثانية\n"
                + "t:3\tLOCALITY\tPPL\tSY\t35.3\t36.3\t\t1\t\t\tThree\tقرية ثالثة\n"
                + "t:4\tLOCALITY\tPPL\tSY\t35,4\t36.4\t\t1\t\t\tFour\tقرية رابعة\n";
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(tmp.resolve(CompactPlaces.PLACES)))) {
            out.write(rows.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Gazetteer.builder().withoutBundledData().compiledDirectory(tmp).build())
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("places.tsv.gz:5:")
                .hasMessageContaining("35,4");
    }

    @Test
    void compactRowReferringToAMissingAdminUnitIsRefused(@TempDir Path tmp) throws IOException {
        write(tmp, "admins.tsv", "en\tar\nIdleb\tإدلب\n");
        String rows = String.join("\t", CompactPlaces.PLACES_LAYOUT) + "\n"
                + "t:1\tLOCALITY\tPPL\tSY\t35.1\t36.1\t\t7\t\t\tOne\tقرية\n";
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(tmp.resolve(CompactPlaces.PLACES)))) {
            out.write(rows.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Gazetteer.builder().withoutBundledData().compiledDirectory(tmp).build())
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("places.tsv.gz:2:")
                .hasMessageContaining("admin1");
    }

    @Test
    void fileWithAnUnknownHeaderIsRefused(@TempDir Path tmp) throws IOException {
        Path bad = write(tmp, "odd.tsv", "name\tlat\tlon\nقرية\t35\t36\n");
        assertThatThrownBy(() -> Gazetteer.builder().withoutBundledData().extraFile(bad).build())
                .isInstanceOf(GazetteerException.class).hasMessageContaining("odd.tsv:1:");
    }
}
