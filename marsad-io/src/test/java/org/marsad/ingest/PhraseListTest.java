package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhraseListTest {

    @Test
    void rowRepeatedAfterNormalizationIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> PhraseList.load("repeated-phrases.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("repeated-phrases.txt:3:");
    }

    @Test
    void boilerplateMatchesSpellingVariantsOfAWholeLine() {
        PhraseList boilerplate = PhraseList.load("boilerplate-lines.txt");
        assertThat(boilerplate.matchesWhole("  ارسل لصديـــق ")).isTrue();
        assertThat(boilerplate.matchesWhole("أرسل لصديق رسالة عن القصف")).isFalse();
    }
}
