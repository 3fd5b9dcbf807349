package org.marsad.text.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.NormalizedText;
import org.marsad.text.numbers.Quantity.Kind;

class NumberRecognizerTest {

    private static final NumberRecognizer RECOGNIZER = new NumberRecognizer();

    private static List<Quantity> find(String sentence) {
        return RECOGNIZER.find(NormalizedText.of(sentence));
    }

    /** The sentence holds exactly one quantity, with this value, kind and original text. */
    private static void check(String sentence, long value, Kind kind, String spanText) {
        List<Quantity> found = find(sentence);
        assertThat(found).as(sentence).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.value()).as(sentence).isEqualTo(value);
        assertThat(q.kind()).as(sentence).isEqualTo(kind);
        assertThat(q.span().of(sentence)).as(sentence).isEqualTo(spanText);
    }

    private static void none(String sentence) {
        assertThat(find(sentence)).as(sentence).isEmpty();
    }

    @Test
    void plainDigitsAreExact() {
        check("قُتل 40 عنصراً من قوات النظام في الهجوم", 40, Kind.EXACT, "40");
    }

    @Test
    void arabicIndicDigitsAreRead() {
        check("أصيب ١٥ مدنياً بجروح متفاوتة", 15, Kind.EXACT, "١٥");
    }

    @Test
    void persianDigitsAreRead() {
        check("نزوح ۲۳ عائلة من القرية", 23, Kind.EXACT, "۲۳");
    }

    @Test
    void commaSeparatedThousands() {
        check("وصل عدد النازحين إلى 1,200 شخص", 1200, Kind.EXACT, "1,200");
    }

    @Test
    void dotSeparatedThousands() {
        check("تم توثيق 1.200 حالة اعتقال", 1200, Kind.EXACT, "1.200");
    }

    @Test
    void gluedConjunctionIsLeftOutOfTheSpan() {
        List<Quantity> found = find("قتل 12 مدنيا و130 عنصرا");
        assertThat(found).extracting(Quantity::value).containsExactly(12L, 130L);
        assertThat(found.get(1).span().of("قتل 12 مدنيا و130 عنصرا")).isEqualTo("130");
    }

    @Test
    void gluedYearMarkIsNotACount() {
        none("بُني الجسر عام 130م على النهر");
    }

    @Test
    void spacedYearMarkAfterAYearIsNotACount() {
        none("وقعت المجزرة في شهر آب من سنة 1982 م");
    }

    @Test
    void yearAfterYearWordIsNotACount() {
        none("منذ العام 2011 تشهد المدينة اشتباكات");
    }

    @Test
    void numericDateIsNotACount() {
        none("وفي تاريخ 14/2/2017 اندلعت الاشتباكات");
    }

    @Test
    void clockTimeIsNotACount() {
        none("بدأ القصف عند الساعة 11:13 صباحا");
    }

    @Test
    void percentageIsNotACount() {
        none("دُمّر 60% من الأحياء السكنية");
    }

    @Test
    void decimalWithoutMultiplierIsNotACount() {
        none("سقطت القذيفة على بعد 2.5 كيلومتر");
    }

    @Test
    void decimalMillionIsScaled() {
        check("نزح 1.5 مليون شخص من المحافظة", 1_500_000, Kind.EXACT, "1.5 مليون");
    }

    @Test
    void digitsFollowedByThousandsWordAreMultiplied() {
        check("فرّ 3 آلاف مدني من المعارك", 3000, Kind.EXACT, "3 آلاف");
    }

    @Test
    void aboutQualifierMakesItApproximate() {
        check("أسفرت الغارات عن مقتل نحو 130 شخصاً", 130, Kind.APPROXIMATE, "نحو 130");
    }

    @Test
    void twoWordApproximateQualifier() {
        check("قُتل ما يقارب 75 مقاتلاً", 75, Kind.APPROXIMATE, "ما يقارب 75");
    }

    @Test
    void qualifierWithGluedPreposition() {
        check("قدّرت الحصيلة بحوالي 30 قتيلا", 30, Kind.APPROXIMATE, "حوالي 30");
    }

    @Test
    void qualifierBeforeArticleGluedDigits() {
        check("اعتُقل قرابة الـ100 شاب", 100, Kind.APPROXIMATE, "قرابة الـ100");
    }

    @Test
    void moreThanIsAtLeast() {
        check("قُتل أكثر من 40 عنصراً لـ\"جيش النصر\"", 40, Kind.AT_LEAST, "أكثر من 40");
    }

    @Test
    void notLessThanIsAtLeast() {
        check("جُرح ما لا يقل عن عشرين مدنياً", 20, Kind.AT_LEAST, "ما لا يقل عن عشرين");
    }

    @Test
    void trailingAtLeastAfterTheNounIsAtLeast() {
        check("قتل 40 مدنيا على الأقل", 40, Kind.AT_LEAST, "40 مدنيا على الأقل");
    }

    /** Marks after the last letter fall outside the span (the NormalizedText contract). */
    @Test
    void trailingApproximatelyIsApproximate() {
        check("نزح 300 شخص تقريباً", 300, Kind.APPROXIMATE, "300 شخص تقريبا");
    }

    @Test
    void fewerThanIsAtMost() {
        check("أصيب أقل من 10 أشخاص", 10, Kind.AT_MOST, "أقل من 10");
    }

    @Test
    void belowBeforeANumberIsAtMost() {
        check("سُجّلت إصابات بين أطفال دون 5 سنوات", 5, Kind.AT_MOST, "دون 5");
    }

    @Test
    void dozensAreTwelveByTheAcledRule() {
        check("سقط عشرات الجرحى في القصف", 12, Kind.VAGUE, "عشرات");
    }

    @Test
    void definiteDozensAreTwelve() {
        check("أُصيب العشرات بحالات اختناق", 12, Kind.VAGUE, "العشرات");
    }

    @Test
    void dozensWithGluedPrepositionAreTwelve() {
        check("تسببت الغارة بعشرات الإصابات", 12, Kind.VAGUE, "عشرات");
    }

    @Test
    void hundredsAreOneHundred() {
        check("نزحت مئات العائلات", 100, Kind.VAGUE, "مئات");
    }

    @Test
    void thousandsAloneAreOneThousand() {
        check("خرج آلاف المتظاهرين", 1000, Kind.VAGUE, "آلاف");
    }

    @Test
    void tensOfThousandsAreTwelveThousand() {
        check("فرّ عشرات الآلاف من المدنيين", 12000, Kind.VAGUE, "عشرات الآلاف");
    }

    @Test
    void severalIsThree() {
        check("أصيب عدة أشخاص بجروح", 3, Kind.VAGUE, "عدة");
    }

    @Test
    void aNumberOfIsThree() {
        check("اعتقلت الدورية عدداً من الشبان", 3, Kind.VAGUE, "عدداً من");
    }

    @Test
    void anotherNumberIsThree() {
        check("وجُرح عدد آخر من العناصر", 3, Kind.VAGUE, "عدد آخر");
    }

    @Test
    void manyIsTen() {
        check("سقط العديد من الضحايا", 10, Kind.VAGUE, "العديد من");
    }

    @Test
    void qualifiedDozensStayVague() {
        check("قتل أكثر من عشرات المدنيين", 12, Kind.VAGUE, "أكثر من عشرات");
    }

    @Test
    void feminineSixIsSix() {
        check("قُتلت ست نساء", 6, Kind.EXACT, "ست");
    }

    @Test
    void masculineSixIsSix() {
        check("قتل ستة عناصر", 6, Kind.EXACT, "ستة");
    }

    @Test
    void hundredWordIsOneHundred() {
        check("اعتُقل مئة شخص", 100, Kind.EXACT, "مئة");
    }

    @Test
    void oldSpellingOfHundred() {
        check("اعتُقل مائة شخص", 100, Kind.EXACT, "مائة");
    }

    @Test
    void unitAndTensCompoundInGenitive() {
        check("مقتل خمسة وعشرين مدنياً", 25, Kind.EXACT, "خمسة وعشرين");
    }

    @Test
    void unitAndTensCompoundWithHamzaVariant() {
        check("قتل ثلاثة وأربعين عنصراً", 43, Kind.EXACT, "ثلاثة وأربعين");
    }

    @Test
    void teenWithTeenOnlyUnit() {
        check("أصيب إحدى عشرة امرأة", 11, Kind.EXACT, "إحدى عشرة");
    }

    @Test
    void teenWithOrdinaryUnit() {
        check("قتل خمسة عشر شخصا", 15, Kind.EXACT, "خمسة عشر");
    }

    @Test
    void twoWordFormsAreTwo() {
        check("أصيب اثنان من المسعفين", 2, Kind.EXACT, "اثنان");
    }

    @Test
    void separateUnitTimesHundred() {
        check("نزحت ثلاث مئة عائلة", 300, Kind.EXACT, "ثلاث مئة");
    }

    @Test
    void joinedHundredWord() {
        check("اعتقل ثلاثمائة شخص", 300, Kind.EXACT, "ثلاثمائة");
    }

    @Test
    void unitTimesThousands() {
        check("فرّ ثلاثة آلاف مدني", 3000, Kind.EXACT, "ثلاثة آلاف");
    }

    @Test
    void fullCompoundInWrittenOrder() {
        check("بلغ عدد القتلى ألفين وثلاثمئة وخمسة وعشرين", 2325, Kind.EXACT, "ألفين وثلاثمئة وخمسة وعشرين");
    }

    @Test
    void compoundThousandsWithAccusativeThousand() {
        check("نزح خمسة وعشرون ألفا", 25000, Kind.EXACT, "خمسة وعشرون ألفا");
    }

    @Test
    void leadingConjunctionOnAWordIsLeftOutOfTheSpan() {
        List<Quantity> found = find("قتل عشرة مدنيين وثلاثة عناصر");
        assertThat(found).extracting(Quantity::value).containsExactly(10L, 3L);
        assertThat(found.get(1).span().of("قتل عشرة مدنيين وثلاثة عناصر")).isEqualTo("ثلاثة");
    }

    @Test
    void wordNumberAfterQualifier() {
        check("قتل نحو ثلاثين شخصا", 30, Kind.APPROXIMATE, "نحو ثلاثين");
    }

    @Test
    void tenCompletingAnOrdinalIsNoCount() {
        none("في اليوم الرابع عشر من المعارك");
    }

    @Test
    void clearDualNounCountsTwo() {
        check("قُتل شخصان بانفجار لغم", 2, Kind.EXACT, "شخصان");
    }

    @Test
    void genitiveDualCountsTwo() {
        check("استشهاد طفلين بقصف مدفعي", 2, Kind.EXACT, "طفلين");
    }

    @Test
    void soundPluralAmbiguousWithDualIsNotCounted() {
        none("استهدف القصف منازل المدنيين");
    }

    @Test
    void tatweelInsideANumberWordIsIgnored() {
        check("قتل خمســة عناصر", 5, Kind.EXACT, "خمســة");
    }

    @Test
    void prepositionDoesNotTurnAWordIntoANumber() {
        none("قال إنه لست بحاجة إلى ذلك");
    }

    @Test
    void headlineWithoutCountsHasNone() {
        none("اشتباكات عنيفة بين \"جيش النصر\" وقوات النظام في ريف حماة");
    }

    @Test
    void severalQuantitiesComeInTextOrder() {
        List<Quantity> found = find("قتل 7 مدنيين وأصيب نحو 20 آخرين وفُقد العشرات");
        assertThat(found).extracting(Quantity::value).containsExactly(7L, 20L, 12L);
        assertThat(found).extracting(Quantity::kind).containsExactly(Kind.EXACT, Kind.APPROXIMATE, Kind.VAGUE);
    }

    @Test
    void aWordTokenCarriesItsFormsWithAndWithoutPrepositions() {
        List<Token> tokens = Tokenizer.tokenize(NormalizedText.of("وللعشرات 40").normalized());
        assertThat(tokens.get(0).forms()).containsExactly("وللعشرات", "للعشرات", "العشرات");
        assertThat(tokens.get(0).forms(false)).containsExactly("وللعشرات", "للعشرات");
        assertThat(tokens.get(1).forms()).isEmpty();
    }
}
