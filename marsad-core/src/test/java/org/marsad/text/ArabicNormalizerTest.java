package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    private static void check(String input, String expected) {
        assertThat(ArabicNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void diacriticsAreRemoved() {
        check("مُقَاتِلًا", "مقاتلا");
    }

    @Test
    void superscriptAlefIsRemoved() {
        check("هٰذا", "هذا");
    }

    @Test
    void tatweelIsRemoved() {
        check("لـ\"جيش النصر\"", "ل\"جيش النصر\"");
        check("هيئــــة", "هيئه");
    }

    @Test
    void alefHamzaFormsFoldToBareAlef() {
        check("أإآٱ", "اااا");
        check("إدلب", "ادلب");
    }

    @Test
    void hamzaOnWawAndYehIsKept() {
        check("مسؤول رئيس", "مسؤول رئيس");
    }

    @Test
    void alefMaqsuraFoldsToYeh() {
        check("إلى مستشفى", "الي مستشفي");
    }

    @Test
    void tehMarbutaFoldsToHeh() {
        check("مدينة", "مدينه");
    }

    @Test
    void arabicIndicAndPersianDigitsBecomeAscii() {
        check("١٤-٢-٢٠١٧", "14-2-2017");
        check("۱۲۳", "123");
    }

    @Test
    void arabicSeparatorsBecomeAsciiPunctuation() {
        check("٢٫٥ و١٬٢٠٠", "2.5 و1,200");
    }

    @Test
    void typographicQuotesBecomeAsciiQuotes() {
        check("«داعش» “الهيئة” ‘اللواء’", "\"داعش\" \"الهيئه\" 'اللواء'");
    }

    @Test
    void bidiMarksAndZeroWidthCharactersAreRemoved() {
        check("\u200Fحلب\u200E\u200C\u200D\u202Bريف\u202C\uFEFF", "حلبريف");
    }

    @Test
    void noBreakSpaceBecomesSpace() {
        check("ريف\u00A0حماة", "ريف حماه");
    }

    @Test
    void nonArabicTextPassesThrough() {
        check("HTS, Idlib (2017)", "HTS, Idlib (2017)");
    }

    @Test
    void emptyTextStaysEmpty() {
        check("", "");
    }

    @Test
    void keyCollapsesSpacesHyphensAndQuotes() {
        assertThat(ArabicNormalizer.key("  \"هيئة   تحرير-الشام\" ")).isEqualTo("هيئه تحرير الشام");
    }

    @Test
    void keyLowerCasesLatinLetters() {
        assertThat(ArabicNormalizer.key("Khan SHAYKHUN")).isEqualTo("khan shaykhun");
    }

    @Test
    void isLetterAgreesWithTheJdkOverTheWholeCharRange() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(ArabicNormalizer.isLetter(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetter(c));
        }
    }
}
