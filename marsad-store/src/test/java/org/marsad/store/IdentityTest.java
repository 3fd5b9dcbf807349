package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;

/** How reports, URLs, events and stores are named: content hashes, URL forms, event keys, store locations. */
class IdentityTest {

    @Test
    void theContentHashForgetsSpacesLineEndsAndInvisibleMarksButNotLettersOrTatweel() {
        String hash = ContentHash.of("قصف على بلدة حيش", "قصفت قوات النظام بلدة حيش.\nوقتل ثلاثة مدنيين.");

        assertThat(ContentHash.of("  قصف على\tبلدة حيش ", "\uFEFFقصفت قوات  النظام\u00a0بلدة حيش. \r\n\r\n\u200fوقتل ثلاثة مدنيين.\r\n"))
                .isEqualTo(hash);
        assertThat(ContentHash.of("قصف على بلدة حيش", "قصـفت قوات النظام بلدة حيش.\nوقتل ثلاثة مدنيين.")).isNotEqualTo(hash);
        assertThat(ContentHash.of("قصف على بلدة حيش", "قصفت قوات النظام بلدة حيش.\nوقتل ٣ مدنيين.")).isNotEqualTo(hash);
        assertThat(ContentHash.of("قصف على بلدة حيش قصفت قوات النظام بلدة حيش.", "وقتل ثلاثة مدنيين.")).isNotEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    @Test
    void aUrlIsComparedWithoutItsFragmentAndWithItsHostInLowerCase() {
        assertThat(ContentHash.normalizeUrl(" https://Example.ORG/Ar/News?id=7#top ")).isEqualTo("https://example.org/Ar/News?id=7");
        assertThat(ContentHash.normalizeUrl("   ")).isNull();
        assertThat(ContentHash.normalizeUrl(null)).isNull();
    }

    @Test
    void anEventKeyDependsOnDateTypePlaceAndActorsButNotOnTheToll() {
        Event e = event("Saraqib", "Hayat Tahrir al-Sham", 9);
        String report = "c7421b5a7999d7df8bd165007ab747eb" + "0".repeat(32);

        String key = EventKeys.of(report, List.of(e)).get(0);

        assertThat(key).startsWith("c7421b5a7999d7df-").hasSize(33);
        assertThat(EventKeys.of(report, List.of(event("Saraqib", "Hayat Tahrir al-Sham", 12)))).containsExactly(key);
        assertThat(EventKeys.of(report, List.of(event("Saraqib", "Syrian insurgents", 9)))).doesNotContain(key);
        assertThat(EventKeys.of(report, List.of(event("Taftanaz", "Hayat Tahrir al-Sham", 9)))).doesNotContain(key);
        assertThat(EventKeys.of(report, List.of(e, e))).containsExactly(key, key + "-2");
    }

    private static Event event(String location, String actor1, int fatalities) {
        return new Event(LocalDate.of(2019, 5, 18), 1, "Battles", "Armed clash", actor1, "",
                "Military Forces of Syria (2000-2024)", "", "Rebel group", "State forces", "", "Syria", 760, "Middle East",
                "Idleb", "Idleb", "Saraqib", location, 35.86, 36.80, 1, fatalities, "", "", 0.8, List.of());
    }

    @Test
    void aDbValueIsASqliteFileUnlessItIsAPostgresqlUrl() {
        StoreLocation file = StoreLocation.parse("stores/marsad.db");
        StoreLocation pg = StoreLocation.parse("jdbc:postgresql://127.0.0.1:5432/marsad?user=analyst&password=s3cret");

        assertThat(file.vendor()).isEqualTo(StoreLocation.Vendor.SQLITE);
        assertThat(file.file()).isEqualTo(Path.of("stores/marsad.db").toAbsolutePath().normalize());
        assertThat(file.jdbcUrl()).isEqualTo("jdbc:sqlite:" + file.file());
        assertThat(StoreLocation.parse("jdbc:sqlite:x.db?journal_mode=WAL").file().getFileName()).hasToString("x.db");
        assertThat(pg.vendor()).isEqualTo(StoreLocation.Vendor.POSTGRESQL);
        assertThat(pg.display()).doesNotContain("s3cret").contains("password=***");
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://localhost/marsad"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:sqlite::memory:")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBoundingBoxIsFourNumbersInGeoJsonOrder() {
        assertThat(BoundingBox.parse(" 36.3, 35.5 ,37.0,36.2")).isEqualTo(new BoundingBox(36.3, 35.5, 37.0, 36.2));
        assertThatThrownBy(() -> BoundingBox.parse("35.5,36.3,36.2,37.0x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> BoundingBox.parse("37.0,35.5,36.3,36.2")).hasMessageContaining("minimum above its maximum");
        assertThatThrownBy(() -> BoundingBox.parse("36.3,35.5,37.0")).hasMessageContaining("minLon,minLat,maxLon,maxLat");
    }

    @Test
    void aCorrectionValueIsCheckedAgainstItsField() {
        assertThat(CorrectionField.byName("Assoc-Actor-1")).contains(CorrectionField.ASSOC_ACTOR_1);
        assertThat(CorrectionField.FATALITIES.canonical(" 12 ")).isEqualTo("12");
        assertThat(CorrectionField.DELETED.canonical("YES")).isEqualTo("true");
        assertThat(CorrectionField.EVENT_DATE.canonical("2019-05-18")).isEqualTo("2019-05-18");
        assertThatThrownBy(() -> CorrectionField.LATITUDE.canonical("95")).hasMessageContaining("-90 to 90");
        assertThatThrownBy(() -> CorrectionField.EVENT_TYPE.canonical(" ")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> CorrectionField.TIME_PRECISION.canonical("0")).hasMessageContaining("1, 2 or 3");
    }
}
