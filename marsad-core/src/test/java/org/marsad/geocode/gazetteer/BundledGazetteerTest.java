package org.marsad.geocode.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed data under org/marsad/knowledge/places. */
class BundledGazetteerTest {

    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
    }

    @ParameterizedTest
    @ValueSource(strings = {"خان شيخون", "كفرزيتا", "كفر زيتا", "مورك", "حيش", "الرقة", "إدلب", "كفروما"})
    void syrianPlaceIsFoundAsALocality(String name) {
        assertThat(gazetteer.lookupName(name)).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("SY");
            assertThat(e.kind()).isEqualTo(PlaceKind.LOCALITY);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"تركيا", "لبنان", "سورية", "إيران", "الأردن", "إسرائيل", "روسيا", "أميركا"})
    void countryNameIsFoundAsACountry(String name) {
        assertThat(gazetteer.lookupName(name)).anySatisfy(e -> assertThat(e.kind()).isEqualTo(PlaceKind.COUNTRY));
    }

    @Test
    void washingtonFindsTheUsCapitalFromTheHandMadePlaces() {
        assertThat(gazetteer.lookupName("واشنطن")).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("US");
            assertThat(e.featureCode()).isEqualTo("PPLC");
        });
    }

    @Test
    void analystVillageFileIsLoadedBesideTheBundledData(@TempDir Path dir) throws IOException {
        Path villages = dir.resolve("my-villages.tsv");
        Files.writeString(villages, "id\tkind\tfeature_code\tcountry\tlat\tlon\tpopulation\tname_en\tnames_ar\n"
                + "analyst:1\tLOCALITY\tPPL\tSY\t35.71\t36.64\t\tTell Tajriba\tتل التجربة\n", StandardCharsets.UTF_8);
        Gazetteer extended = Gazetteer.load(List.of(villages));
        assertThat(extended.lookupName("تلالتجربة")).extracting(GazetteerEntry::id).containsExactly("analyst:1");
        assertThat(extended.lookupName("خان شيخون")).isNotEmpty();
    }

    @Test
    void syriaCarriesAcledsIsoNumber() {
        assertThat(gazetteer.country("SY")).map(Country::isoNumeric).hasValue(760);
    }

    @Test
    void countriesTableCoversAtLeastSixtyCountries() {
        assertThat(gazetteer.countries()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void syrianTownCarriesOchaAdminNames() {
        assertThat(gazetteer.lookupExactName("خان شيخون")).anySatisfy(e -> {
            assertThat(e.admin1En()).isEqualTo("Idleb");
            assertThat(e.admin3Ar()).isEqualTo("خان شيخون");
        });
    }

    @Test
    void idlibDistrictIsIndexedAsMantiqaIdlib() {
        assertThat(gazetteer.lookupExactName("منطقة إدلب")).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo("ocha:SY0700");
            assertThat(e.kind()).isEqualTo(PlaceKind.ADMIN2);
        });
    }

    @Test
    void nearKhanShaykhunListsTheTownFirst() {
        assertThat(gazetteer.near(35.4421, 36.6510, 3)).first().extracting(GazetteerEntry::nameEn)
                .isEqualTo("Khan Shaykhun");
    }
}
