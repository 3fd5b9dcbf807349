package org.marsad.geocode.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerImporterTest {

    @TempDir
    static Path out;
    @TempDir
    static Path geonamesOut;
    static Gazetteer imported;
    static Gazetteer geonames;

    static Path fixture(String name) {
        try {
            return Path.of(GazetteerImporterTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void importFixtures() throws IOException {
        GazetteerImporter.run(GazetteerImporter.Options.parse("--countries", fixture("source-countries.tsv").toString(),
                "--places", fixture("source-places.tsv").toString(), "--syr-admin",
                fixture("source-syr-admin.tsv").toString(), "--out", out.toString()));
        imported = Gazetteer.builder().withoutBundledData().compiledDirectory(out).build();
        GazetteerImporter.run(GazetteerImporter.Options.parse("--countries", fixture("source-countries.tsv").toString(),
                "--geonames", fixture("geonames-sample.txt").toString(), "--country", "TR",
                "--out", geonamesOut.toString()));
        geonames = Gazetteer.builder().withoutBundledData().compiledDirectory(geonamesOut).build();
    }

    @Test
    void rowWithoutArabicNameIsLeftOut() {
        assertThat(imported.byId("wof:13")).isEmpty();
    }

    @Test
    void loaderReadsBackWhatTheImporterWrote() {
        GazetteerEntry kafrRuma = imported.byId("wof:11").orElseThrow();
        assertThat(kafrRuma).isEqualTo(new GazetteerEntry("wof:11", "Kafr Ruma", java.util.List.of("كفر روما", "كفرومة"),
                PlaceKind.LOCALITY, "PPL", "SY", 35.63661, 36.63293, 0, "Idleb", "إدلب", "Al Ma'ra", "معرة النعمان",
                "Ma'arrat An Nu'man", "مركز معرة النعمان"));
    }

    @Test
    void countryRowsOfThePlacesFileGiveWayToTheCountriesTable() {
        assertThat(imported.byId("wof:1")).isEmpty();
        assertThat(imported.lookupName("سوريا")).extracting(GazetteerEntry::id).containsExactly("iso:SY");
    }

    @Test
    void syrianWofRegionIsMergedIntoItsOchaUnit() {
        assertThat(imported.byId("wof:2")).isEmpty();
        GazetteerEntry idlib = imported.byId("ocha:SY07").orElseThrow();
        assertThat(idlib.namesAr()).containsExactly("إدلب", "محافظة إدلب");
        assertThat(idlib.population()).isEqualTo(165000);
    }

    @Test
    void ochaCentreDistrictIsAlsoIndexedUnderMantiqaButNotUnderTheBareCityName() {
        assertThat(imported.lookupExactName("منطقة إدلب")).extracting(GazetteerEntry::id).containsExactly("ocha:SY0700");
        assertThat(imported.lookupExactName("إدلب")).extracting(GazetteerEntry::id)
                .containsExactlyInAnyOrder("ocha:SY07", "wof:10");
    }

    @Test
    void districtNamedAfterItsTownIsIndexedWithItsUnitWordOnly() {
        GazetteerEntry district = imported.byId("ocha:SY0702").orElseThrow();
        assertThat(district.namesAr()).containsExactly("منطقة معرة النعمان");
        assertThat(imported.lookupExactName("معرة النعمان")).extracting(GazetteerEntry::id).containsExactly("wof:12");
    }

    @Test
    void subDistrictGetsItsParentsAsAdminNames() {
        GazetteerEntry sub = imported.byId("ocha:SY070200").orElseThrow();
        assertThat(sub.kind()).isEqualTo(PlaceKind.ADMIN3);
        assertThat(sub.admin1Ar()).isEqualTo("إدلب");
        assertThat(sub.admin2En()).isEqualTo("Al Ma'ra");
    }

    @Test
    void smallGeoNamesTownAbroadIsDroppedWhileLargeTownsAndCapitalsStay() {
        assertThat(imported.byId("gn:21")).isEmpty();
        assertThat(imported.byId("gn:20")).isPresent();
        assertThat(imported.byId("gn:22")).isPresent();
    }

    @Test
    void smallGeoNamesTownInTheMiddleEastIsKept() {
        assertThat(imported.byId("gn:23")).map(GazetteerEntry::population).hasValue(4000L);
    }

    @Test
    void geonamesDumpPlaceGetsItsArabicNamesMostFrequentFirst() {
        GazetteerEntry reyhanli = geonames.byId("gn:302").orElseThrow();
        assertThat(reyhanli.namesAr()).containsExactly("الريحانية", "ريحانلي");
        assertThat(reyhanli.featureCode()).isEqualTo("PPLA2");
        assertThat(reyhanli.population()).isEqualTo(65000);
    }

    @Test
    void geonamesDumpPlaceTakesItsAdminNamesFromTheDumpsAdminRows() {
        GazetteerEntry reyhanli = geonames.byId("gn:302").orElseThrow();
        assertThat(reyhanli.admin1En()).isEqualTo("Hatay");
        assertThat(reyhanli.admin1Ar()).isEqualTo("هاتاي");
        assertThat(reyhanli.admin2En()).isEqualTo("Reyhanli");
        assertThat(reyhanli.admin2Ar()).isNull();
    }

    @Test
    void geonamesDumpKeepsOnlyTheRequestedCountryClassesAndArabicNamedRows() {
        assertThat(geonames.entries()).extracting(GazetteerEntry::id)
                .filteredOn(id -> id.startsWith("gn:")).containsExactlyInAnyOrder("gn:300", "gn:302");
    }

    @Test
    void geonamesDumpRowWithTheWrongNumberOfColumnsIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        java.nio.file.Files.writeString(bad, "1\tOnly\tthree\n", java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GazetteerImporter.run(GazetteerImporter.Options.parse("--countries",
                fixture("source-countries.tsv").toString(), "--geonames", bad.toString(), "--out", dir.toString())))
                .isInstanceOf(GazetteerException.class).hasMessageContaining("bad.txt:1:");
    }

    @Test
    void unknownOptionIsRefused() {
        assertThatThrownBy(() -> GazetteerImporter.Options.parse("--countrys", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--countrys");
    }

    @Test
    void countriesTableIsCopiedBesideTheCompactFiles() {
        assertThat(imported.country("TR")).map(Country::isoNumeric).hasValue(792);
        assertThat(Set.of(out.toFile().list())).contains("places.tsv.gz", "admins.tsv", "countries.tsv");
    }
}
