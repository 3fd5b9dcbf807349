package org.marsad.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorValuesTest {

    @Test
    void actorTypeLabelsFollowTheAcledSpellingAndCodes() {
        assertThat(ActorType.fromLabel("External/Other forces")).contains(ActorType.EXTERNAL_OTHER_FORCES);
        assertThat(ActorType.fromLabel("rebel group")).contains(ActorType.REBEL_GROUP);
        assertThat(ActorType.fromLabel("Insurgents")).isEmpty();
        assertThat(ActorType.CIVILIANS.interCode()).isEqualTo(7);
        assertThat(ActorType.fromInterCode(1)).isEqualTo(ActorType.STATE_FORCES);
    }

    @Test
    void interCodeOutsideTheCodebookIsRejected() {
        assertThatThrownBy(() -> ActorType.fromInterCode(9)).hasMessageContaining("inter code 9");
    }

    @Test
    void recordRejectsAnIdThatIsNotASlug() {
        assertThatThrownBy(() -> new ActorRecord("Jaish Nasr", "Jaish al-Nasr", ActorType.REBEL_GROUP, ActorKind.GROUP,
                "SY", List.of(), List.of(), List.of(), "", null, null)).hasMessageContaining("id=\"Jaish Nasr\"");
    }

    @Test
    void recordRejectsACountryThatIsNotIsoAlphaTwo() {
        assertThatThrownBy(() -> new ActorRecord("jaish_al_nasr", "Jaish al-Nasr", ActorType.REBEL_GROUP,
                ActorKind.GROUP, "Syria", List.of(), List.of(), List.of(), "", null, null)).hasMessageContaining("country=\"Syria\"");
    }

    @Test
    void personNeedsNoActorType() {
        ActorRecord p = new ActorRecord("someone", "Someone", null, ActorKind.PERSON, null, List.of(), List.of(),
                List.of(), null, null, null);
        assertThat(p.note()).isEmpty();
        assertThat(p.preferredArabicName()).isEqualTo("Someone");
    }

    @Test
    void linkEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> new ActorLink("a", LinkType.JOINED, "b", LocalDate.of(2017, 2, 1),
                LocalDate.of(2016, 1, 1), "")).hasMessageContaining("ends before it starts");
    }

    @Test
    void linkWithOpenEndHoldsAfterItsStart() {
        ActorLink l = new ActorLink("a", LinkType.PART_OF, "b", LocalDate.of(2018, 5, 1), null, "");
        assertThat(l.holdsOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(l.holdsOn(LocalDate.of(2018, 4, 30))).isFalse();
    }
}
