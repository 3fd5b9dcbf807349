package org.marsad.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The choice among actors that share an alias, by the report's country and date. */
class ActorChoiceTest {

    private static final LocalDate FALL_OF_ASSAD = LocalDate.of(2024, 12, 8);
    private static final ActorRecord OLD_ARMY = state("old_army", "SY", null, FALL_OF_ASSAD);
    private static final ActorRecord NEW_ARMY = state("new_army", "SY", FALL_OF_ASSAD, null);
    private static final ActorRecord IRAQI_ARMY = state("iraqi_army", "IQ", null, null);

    private static ActorRecord state(String id, String country, LocalDate from, LocalDate to) {
        return new ActorRecord(id, id, ActorType.STATE_FORCES, ActorKind.STATE, country, List.of(), List.of(),
                List.of(), "", from, to);
    }

    private static String choose(String country, LocalDate day, ActorRecord... candidates) {
        ActorRecord chosen = ActorChoice.choose(List.of(candidates), country, day);
        return chosen == null ? null : chosen.id();
    }

    @Test
    void anActorWhosePeriodHoldsOnTheReportDateWinsOverOneWhosePeriodHasEnded() {
        assertThat(choose("SY", LocalDate.of(2025, 2, 1), OLD_ARMY, NEW_ARMY)).isEqualTo("new_army");
    }

    @Test
    void anActorWhosePeriodHasNotBegunLosesToOneWhosePeriodHolds() {
        assertThat(choose("SY", LocalDate.of(2016, 5, 1), NEW_ARMY, OLD_ARMY)).isEqualTo("old_army");
    }

    @Test
    void theReportsCountryCountsBeforeTheDate() {
        assertThat(choose("IQ", LocalDate.of(2025, 2, 1), NEW_ARMY, IRAQI_ARMY)).isEqualTo("iraqi_army");
    }

    @Test
    void withoutACountryTheDateStillChooses() {
        assertThat(choose(null, LocalDate.of(2025, 2, 1), OLD_ARMY, IRAQI_ARMY, NEW_ARMY)).isEqualTo("iraqi_army");
        assertThat(choose(null, LocalDate.of(2025, 2, 1), OLD_ARMY, NEW_ARMY)).isEqualTo("new_army");
    }

    @Test
    void withoutAReportDateTheFirstActorOfTheCountryWins() {
        assertThat(choose("SY", null, IRAQI_ARMY, NEW_ARMY, OLD_ARMY)).isEqualTo("new_army");
    }

    @Test
    void onTheDayOnePeriodEndsAndTheNextBeginsTheFirstListedWins() {
        assertThat(choose("SY", FALL_OF_ASSAD, OLD_ARMY, NEW_ARMY)).isEqualTo("old_army");
    }

    @Test
    void noCandidatesIsNoChoice() {
        assertThat(choose("SY", FALL_OF_ASSAD)).isNull();
    }
}
