package org.marsad.geocode.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNameFilterTest {

    @Test
    void vowelledArabicNameIsAccepted() {
        assertThat(ArabicNameFilter.isArabicName("دِرعا")).isTrue();
    }

    @Test
    void persianLetterRejectsTheName() {
        assertThat(ArabicNameFilter.isArabicName("ریحانلی")).isFalse();
    }

    @Test
    void latinNameIsRejected() {
        assertThat(ArabicNameFilter.isArabicName("Hīsh")).isFalse();
    }

    @Test
    void alefMaqsuraInsideAWordRejectsTheName() {
        assertThat(ArabicNameFilter.isArabicName("موسىكا")).isFalse();
    }

    @Test
    void alefMaqsuraAtTheEndOfAWordIsAccepted() {
        assertThat(ArabicNameFilter.isArabicName("نينوى")).isTrue();
    }

    @Test
    void wordStartingWithYehHamzaRejectsTheName() {
        assertThat(ArabicNameFilter.isArabicName("ئاميدي")).isFalse();
    }
}
