package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class NormalizedTextTest {

    @Test
    void matchInNormalizedCopyMapsBackToOriginalSpan() {
        String original = "قال مصدر إنّ «هيئـــة تحرير الشّام» سيطرت";
        NormalizedText text = NormalizedText.of(original);
        int at = text.normalized().indexOf("هيئه تحرير الشام");
        Span span = text.toOriginal(at, at + "هيئه تحرير الشام".length());
        assertThat(span.of(original)).isEqualTo("هيئـــة تحرير الشّام");
    }

    @Test
    void droppedMarksAfterAMatchStayOutsideItsSpan() {
        String original = "حلبُ";
        NormalizedText text = NormalizedText.of(original);
        assertThat(text.toOriginal(0, 3).of(original)).isEqualTo("حلب");
    }

    @Test
    void endOfNormalizedTextMapsToEndOfOriginal() {
        NormalizedText text = NormalizedText.of("مرحباً\u200F");
        assertThat(text.toOriginal(text.length())).isEqualTo(7);
    }

    @Test
    void emptyOriginalIsAccepted() {
        NormalizedText text = NormalizedText.of("");
        assertThat(text.normalized()).isEmpty();
        assertThat(text.toOriginal(0, 0)).isEqualTo(new Span(0, 0));
    }

    @Test
    void nullOriginalIsRejected() {
        assertThatThrownBy(() -> NormalizedText.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void indexOutsideTheTextIsRejected() {
        NormalizedText text = NormalizedText.of("حلب");
        assertThatThrownBy(() -> text.toOriginal(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void originalIndexMapsForwardToTheNextKeptCharacter() {
        NormalizedText text = NormalizedText.of("لـلهيئة");
        assertThat(text.fromOriginal(1)).isEqualTo(1);
        assertThat(text.normalized().charAt(text.fromOriginal(1))).isEqualTo('ل');
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String original = "a😀b";
        NormalizedText text = NormalizedText.of(original);
        assertThat(text.toOriginal(1, 2).of(original)).isEqualTo("😀");
    }
}
