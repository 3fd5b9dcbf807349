package org.marsad.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

class IncidentMergerTest {

    private static final String ARMY = "Military Forces of Syria (2000-2024)";
    private static final String HTS = "Hayat Tahrir al Sham";
    private static final String NLF = "National Liberation Front";
    private static final String CIVILIANS = "Civilians (Syria)";
    private static final String SHELLING = "Shelling/artillery/missile attack";
    private static final String AIR = "Air/drone strike";
    private static final String EXPLOSIONS = "Explosions/Remote violence";
    private static final LocalDate DAY = LocalDate.of(2019, 5, 12);
    /** Kafr Nabl; 0.063 degrees of latitude are about 7 km. */
    private static final double LAT = 35.614;
    private static final double LON = 36.561;
    private static final double SEVEN_KM = 0.063;

    private final IncidentMerger merger = new IncidentMerger();

    /** A reading with the fields the merger looks at; the rest are realistic constants. */
    private static Builder reading(String reportId, int number) {
        return new Builder(reportId, number);
    }

    private static final class Builder {
        private final String reportId;
        private final int number;
        private LocalDate date = DAY;
        private String type = EXPLOSIONS;
        private String subType = SHELLING;
        private String actor1 = ARMY;
        private String inter1 = "State forces";
        private String actor2 = "";
        private String inter2 = "";
        private String location = "Kafr Nabl";
        private String admin1 = "Idlib";
        private double lat = LAT;
        private double lon = LON;
        private int precision = 1;
        private int fatalities;

        private Builder(String reportId, int number) {
            this.reportId = reportId;
            this.number = number;
        }

        Builder on(LocalDate d) {
            date = d;
            return this;
        }

        Builder type(String t, String sub) {
            type = t;
            subType = sub;
            return this;
        }

        Builder sub(String sub) {
            subType = sub;
            return this;
        }

        Builder by(String a1, String i1) {
            actor1 = a1;
            inter1 = i1;
            return this;
        }

        Builder against(String a2, String i2) {
            actor2 = a2;
            inter2 = i2;
            return this;
        }

        Builder at(String loc, double la, double lo, int prec) {
            location = loc;
            lat = la;
            lon = lo;
            precision = prec;
            return this;
        }

        Builder inAdmin1(String a1) {
            admin1 = a1;
            return this;
        }

        Builder killed(int n) {
            fatalities = n;
            return this;
        }

        ReportedEvent build() {
            Event e = new Event(date, 1, type, subType, actor1, "", actor2, "", inter1, inter2, "", "Syria", 760,
                    "Middle East", admin1, "Al Ma'ra", "", location, lat, lon, precision, fatalities,
                    subType + " at " + location, "Test Wire", 0.8, List.of());
            return new ReportedEvent(reportId, number, "Wire " + reportId, "https://example.org/" + reportId, e);
        }
    }

    private List<List<String>> groups(List<ReportedEvent> readings) {
        return merger.merge(readings).stream()
                .map(i -> i.readings().stream().map(ReportedEvent::key).toList())
                .toList();
    }

    @Test
    void twoReportsOfOneShellingBecomeOneIncidentListingBothSources() {
        List<Incident> incidents = merger.merge(List.of(reading("sana", 1).build(), reading("smart", 2).build()));
        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.reportIds()).containsExactly("sana", "smart");
        assertThat(i.readings()).extracting(ReportedEvent::source).containsExactly("Wire sana", "Wire smart");
        assertThat(i.readings()).extracting(ReportedEvent::url)
                .containsExactly("https://example.org/sana", "https://example.org/smart");
        assertThat(i.readings().get(1).event().notes()).isEqualTo(SHELLING + " at Kafr Nabl");
    }

    @Test
    void theIncidentTakesTheLowestStatedTollTheEarliestDateAndTheMostPreciseLocation() {
        Incident i = merger.merge(List.of(
                reading("a", 1).killed(7).at("Idlib countryside", LAT + 0.02, LON, 3).build(),
                reading("b", 1).killed(4).on(DAY.minusDays(1)).at("Kafr Nabl", LAT + 0.01, LON, 2).build(),
                reading("c", 1).killed(5).at("Kafr Nabl", LAT, LON, 1).build())).get(0);
        assertThat(i.fatalities()).isEqualTo(4);
        assertThat(i.date()).isEqualTo(DAY.minusDays(1));
        assertThat(i.geoPrecision()).isEqualTo(1);
        assertThat(i.latitude()).isEqualTo(LAT);
        assertThat(i.location()).isEqualTo("Kafr Nabl");
        assertThat(i.id()).isEqualTo("b#1");
    }

    @Test
    void aReportThatStatesNoTollDoesNotZeroTheIncidentsToll() {
        Incident i = merger.merge(List.of(reading("a", 1).killed(0).build(), reading("b", 1).killed(12).build()))
                .get(0);
        assertThat(i.fatalities()).isEqualTo(12);
        Incident silent = merger.merge(List.of(reading("a", 1).build(), reading("b", 1).build())).get(0);
        assertThat(silent.fatalities()).isZero();
    }

    @Test
    void differentEventTypesStayApart() {
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).type("Battles", "Armed clash").build()))).hasSize(2);
    }

    @Test
    void shellingAndAnAirStrikeAreOneEventButAnAbductionIsNotAnAttack() {
        assertThat(groups(List.of(reading("a", 1).build(), reading("b", 1).sub(AIR).build()))).hasSize(1);
        assertThat(groups(List.of(
                reading("a", 1).type("Violence against civilians", "Attack").build(),
                reading("b", 1).type("Violence against civilians", "Abduction/forced disappearance").build())))
                .hasSize(2);
        assertThat(groups(List.of(
                reading("a", 1).type("Battles", "Armed clash").build(),
                reading("b", 1).type("Battles", "Non-state actor overtakes territory").build()))).hasSize(1);
    }

    @Test
    void placesMoreThanTenKilometresApartStayApart() {
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).at("Hish", LAT + 2 * SEVEN_KM, LON, 1).build()))).hasSize(2);
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).at("Hish", LAT + SEVEN_KM, LON, 1).build()))).hasSize(1);
    }

    @Test
    void theSameLocationNameInTheSameGovernorateMergesWhateverTheCoordinates() {
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).at("kafr  nabl", LAT + 0.5, LON, 2).build()))).hasSize(1);
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).at("Kafr Nabl", LAT + 0.5, LON, 2).inAdmin1("Hama").build()))).hasSize(2);
    }

    @Test
    void readingsOneDayApartMergeButTwoDaysApartDoNot() {
        assertThat(groups(List.of(reading("a", 1).build(), reading("b", 1).on(DAY.plusDays(1)).build())))
                .hasSize(1);
        assertThat(groups(List.of(reading("a", 1).build(), reading("b", 1).on(DAY.plusDays(2)).build())))
                .hasSize(2);
    }

    @Test
    void readingsWithoutACommonActorStayApartUnlessOneSideIsUnknown() {
        ReportedEvent armyVsHts = reading("a", 1).type("Battles", "Armed clash").against(HTS, "Rebel group").build();
        ReportedEvent nlfVsArmy = reading("b", 1).type("Battles", "Armed clash").by(NLF, "Rebel group")
                .against(ARMY, "State forces").build();
        ReportedEvent htsVsIzza = reading("c", 1).type("Battles", "Armed clash").by(HTS, "Rebel group")
                .against("Jaysh al Izza", "Rebel group").build();
        assertThat(groups(List.of(armyVsHts, nlfVsArmy))).hasSize(1);
        assertThat(groups(List.of(reading("a", 1).build(), reading("b", 1).by(HTS, "Rebel group").build())))
                .hasSize(2);
        assertThat(groups(List.of(reading("a", 1).build(), reading("b", 1).by("", "").build()))).hasSize(1);
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).by("Unidentified Armed Group (Syria)", "Political militia").build()))).hasSize(1);
        // c shares HTS with a but no one with b: complete link keeps it out of a and b's incident
        assertThat(groups(List.of(armyVsHts, htsVsIzza, nlfVsArmy)))
                .containsExactly(List.of("a#1", "b#1"), List.of("c#1"));
    }

    @Test
    void sharingOnlyTheCiviliansTheyAttackedDoesNotMakeTwoPerpetratorsOneEvent() {
        String vac = "Violence against civilians";
        assertThat(groups(List.of(
                reading("a", 1).type(vac, "Attack").against(CIVILIANS, "Civilians").build(),
                reading("b", 1).type(vac, "Attack").by(HTS, "Rebel group").against(CIVILIANS, "Civilians").build())))
                .hasSize(2);
    }

    @Test
    void actorNamesAreComparedAfterCanonicalSpelling() {
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).by("  military forces of SYRIA (2000-2024) ", "State forces").build()))).hasSize(1);
    }

    @Test
    void twoReadingsFromTheSameReportAreNeverMerged() {
        assertThat(groups(List.of(reading("a", 1).build(), reading("a", 2).on(DAY.plusDays(1)).build(),
                reading("b", 1).build()))).containsExactly(List.of("a#1", "b#1"), List.of("a#2"));
    }

    @Test
    void aChainOfNearNeighboursDoesNotGlueFarApartEvents() {
        // a–b and b–c lie 7 km apart, a–c 14 km
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).at("Middle", LAT + SEVEN_KM, LON, 1).build(),
                reading("c", 1).at("North", LAT + 2 * SEVEN_KM, LON, 1).build())))
                .containsExactly(List.of("a#1", "b#1"), List.of("c#1"));
        // the same in time: day 1, day 2, day 3
        assertThat(groups(List.of(reading("a", 1).build(), reading("b", 1).on(DAY.plusDays(1)).build(),
                reading("c", 1).on(DAY.plusDays(2)).build())))
                .containsExactly(List.of("a#1", "b#1"), List.of("c#1"));
    }

    @Test
    void aReadingThatFitsTwoIncidentsJoinsTheNearestFounder() {
        // two shellings 14 km apart on the same day; a third report 2 km from the second
        assertThat(groups(List.of(reading("a", 1).build(),
                reading("b", 1).at("North", LAT + 2 * SEVEN_KM, LON, 1).build(),
                reading("c", 1).at("Between", LAT + 1.7 * SEVEN_KM, LON, 1).build())))
                .containsExactly(List.of("a#1"), List.of("b#1", "c#1"));
    }

    @Test
    void theSubTypeIsTheOneMostReadingsGive() {
        Incident i = merger.merge(List.of(reading("a", 1).sub(SHELLING).build(), reading("b", 1).sub(AIR).build(),
                reading("c", 1).sub(AIR).build())).get(0);
        assertThat(i.subEventType()).isEqualTo(AIR);
        Incident tie = merger.merge(List.of(reading("a", 1).sub(SHELLING).build(), reading("b", 1).sub(AIR).build()))
                .get(0);
        assertThat(tie.subEventType()).isEqualTo(SHELLING);
    }

    @Test
    void shuffledInputGivesTheSameIncidents() {
        List<ReportedEvent> readings = new ArrayList<>();
        String[] subs = {SHELLING, AIR, "Remote explosive/landmine/IED"};
        String[] actors = {ARMY, HTS, ""};
        int n = 0;
        for (int r = 0; r < 12; r++) {
            for (int e = 1; e <= 3; e++) {
                n++;
                readings.add(reading("r" + r, e).on(DAY.plusDays(n % 3)).sub(subs[n % 3]).by(actors[(n / 3) % 3], "")
                        .at("P" + (n % 5), LAT + (n % 5) * 0.04, LON, 1 + n % 3).killed(n % 4).build());
            }
        }
        List<Incident> expected = merger.merge(readings);
        assertThat(expected.size()).isBetween(2, readings.size() - 1);
        Random random = new Random(42);
        for (int round = 0; round < 30; round++) {
            List<ReportedEvent> shuffled = new ArrayList<>(readings);
            Collections.shuffle(shuffled, random);
            assertThat(merger.merge(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void aRepeatedReadingCountsOnceButTwoReadingsWithOneKeyAreRefused() {
        ReportedEvent a = reading("a", 1).build();
        assertThat(groups(List.of(a, a, reading("b", 1).build()))).containsExactly(List.of("a#1", "b#1"));
        assertThatThrownBy(() -> merger.merge(List.of(a, reading("a", 1).killed(3).build())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a#1");
    }

    @Test
    void readingsOfAnExtractionAreNumberedInReportOrder() {
        Report report = new Report("kafr-nabl", "قصف على كفرنبل", "قصفت قوات النظام كفرنبل.",
                PublishedTime.of(LocalDateTime.of(2019, 5, 13, 9, 0)), "https://example.org/k", "Enab Baladi", "test");
        Event first = reading("x", 1).build().event();
        Event second = reading("x", 2).on(DAY.minusDays(1)).build().event();
        List<ReportedEvent> readings = ReportedEvent.of(new Extraction(report, List.of(), List.of(),
                List.of(first, second), List.of()));
        assertThat(readings).extracting(ReportedEvent::key).containsExactly("kafr-nabl#1", "kafr-nabl#2");
        assertThat(readings.get(1).source()).isEqualTo("Enab Baladi");
        assertThat(readings.get(1).url()).isEqualTo("https://example.org/k");
        assertThat(readings.get(1).event()).isSameAs(second);
    }

    @Test
    void noReadingsMakeNoIncidents() {
        assertThat(merger.merge(List.of())).isEmpty();
    }
}
