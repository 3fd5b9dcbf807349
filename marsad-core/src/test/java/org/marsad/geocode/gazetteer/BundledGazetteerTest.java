package org.marsad.geocode.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
