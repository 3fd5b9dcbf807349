package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.text.NormalizedText;
import org.marsad.text.numbers.NumberRecognizer;
import org.marsad.text.numbers.Quantity;
import org.marsad.text.numbers.Token;
import org.marsad.text.numbers.Tokenizer;

class DateRecognizerTest {

    private static final DateRecognizer RECOGNIZER = new DateRecognizer();
    /** A Wednesday. */
    private static final LocalDate REPORT = LocalDate.parse("2017-02-22");

    private static List<DateMention> find(String sentence, LocalDate report) {
        return RECOGNIZER.find(NormalizedText.of(sentence), report);
    }

    private static DateMention only(String sentence, LocalDate report) {
        List<DateMention> found = find(sentence, report);
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0);
    }

    /** One single-day mention on {@code date}, covering {@code spanText} of the original. */
    private static void day(String sentence, String date, String spanText) {
        DateMention m = only(sentence, REPORT);
        assertThat(m.date()).as(sentence).isEqualTo(LocalDate.parse(date));
        assertThat(m.endDate()).as(sentence).isEqualTo(m.date());
        assertThat(m.timePrecision()).as(sentence).isEqualTo(DateMention.DAY);
        assertThat(m.span().of(sentence)).as(sentence).isEqualTo(spanText);
    }

    private static void none(String sentence) {
        assertThat(find(sentence, REPORT)).as(sentence).isEmpty();
    }

    // --- calendar dates

    @Test
    void dayMonthYearWithHyphens() {
        day("اندلعت الاشتباكات في 14-2-2017 قرب المدينة", "2017-02-14", "14-2-2017");
    }

    @Test
    void dayMonthYearWithSlashes() {
        day("وثّق المرصد بتاريخ 14/2/2017 مقتل مدنيين", "2017-02-14", "14/2/2017");
    }

    @Test
    void isoOrderDate() {
        day("صدر البيان في 2017-02-14 عن القيادة", "2017-02-14", "2017-02-14");
    }

    @Test
    void trailingGregorianMarkJoinsTheSpan() {
        day("وقع الهجوم يوم 14-2-2017م على الحاجز", "2017-02-14", "يوم 14-2-2017م");
    }

    @Test
    void arabicIndicDigitDate() {
        day("وقع التفجير في ١٤/٢/٢٠١٧ وسط السوق", "2017-02-14", "١٤/٢/٢٠١٧");
    }

    @Test
    void impossibleNumericDateIsNotADate() {
        none("سُجّل الحادث في 31-02-2017 حسب البيان");
    }

    @Test
    void doubleMonthNameWithYear() {
        day("قُصفت البلدة في 14 شباط/فبراير 2017", "2017-02-14", "14 شباط/فبراير 2017");
    }

    @Test
    void egyptianMonthNameWithoutYearTakesTheReportYear() {
        DateMention m = only("أعلنت الوزارة في 14 فبراير عن الحصيلة", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-02-14"));
        assertThat(m.relative()).isTrue();
    }

    @Test
    void dayNameBeforeTheDateJoinsTheSpan() {
        day("شنّ الطيران غارات الثلاثاء 14 فبراير على المنطقة", "2017-02-14", "الثلاثاء 14 فبراير");
    }

    @Test
    void missingYearNearNewYearFallsInThePreviousYear() {
        DateMention m = only("بدأت العملية في 14 ديسمبر بحسب المصدر", LocalDate.parse("2018-01-03"));
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-12-14"));
    }

    @Test
    void missingYearShortlyAfterTheReportFallsInTheNextYear() {
        DateMention m = only("تبدأ المفاوضات في 5 يناير المقبل", LocalDate.parse("2017-12-20"));
        assertThat(m.date()).isEqualTo(LocalDate.parse("2018-01-05"));
    }

    @Test
    void ordinalDayOfAMonth() {
        day("قُتل القيادي في الرابع عشر من شباط", "2017-02-14", "الرابع عشر من شباط");
    }

    @Test
    void dayAndMonthWithPastIsTheLatestBeforeTheReport() {
        DateMention m = only("قُتل القيادي في 25 شباط الماضي", LocalDate.parse("2017-02-22"));
        assertThat(m.date()).isEqualTo(LocalDate.parse("2016-02-25"));
        assertThat(m.span().of("قُتل القيادي في 25 شباط الماضي")).isEqualTo("25 شباط الماضي");
    }

    @Test
    void quantitiesInsideDatesAreDropped() {
        String text = "قتل 3 عناصر في 22 شباط 2017";
        NormalizedText normalized = NormalizedText.of(text);
        List<Quantity> counts = DateRecognizer.outsideDates(new NumberRecognizer().find(normalized),
                RECOGNIZER.find(normalized, REPORT));
        assertThat(counts).extracting(Quantity::value).containsExactly(3L);
    }

    @Test
    void datesAndCountsReadFromSharedTokensAreTheSameAsFromTheText() {
        String text = "قُتل 3 عناصر فجر اليوم، وقضى ٢٥ مدنياً أمس في 14 شباط/فبراير 2017م وبالثلاثاء الماضي";
        NormalizedText normalized = NormalizedText.of(text);
        List<Token> tokens = Tokenizer.tokenize(normalized.normalized());
        assertThat(RECOGNIZER.find(normalized, tokens, REPORT)).hasSize(4)
                .isEqualTo(RECOGNIZER.find(normalized, REPORT));
        NumberRecognizer numbers = new NumberRecognizer();
        assertThat(numbers.find(normalized, tokens)).isNotEmpty().isEqualTo(numbers.find(normalized));
    }

    @Test
    void compoundOrdinalDay() {
        DateMention m = only("جرت الانتخابات في الحادي والعشرين من كانون الثاني 2016", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2016-01-21"));
    }

    @Test
    void levantineTwoWordMonth() {
        DateMention m = only("سيطرت الفصائل على المدينة في 3 تشرين الأول 2016", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2016-10-03"));
    }

    @Test
    void gulfMonthVariants() {
        assertThat(only("في 9 إبريل 2016 قُصفت القرية", REPORT).date()).isEqualTo(LocalDate.parse("2016-04-09"));
        assertThat(only("في 9 يونيه 2016 قُصفت القرية", REPORT).date()).isEqualTo(LocalDate.parse("2016-06-09"));
        assertThat(only("في 9 اغسطس 2016 قُصفت القرية", REPORT).date()).isEqualTo(LocalDate.parse("2016-08-09"));
    }

    @Test
    void maghrebiMonthNames() {
        assertThat(only("في 9 جانفي 2016 قُصفت القرية", REPORT).date()).isEqualTo(LocalDate.parse("2016-01-09"));
        assertThat(only("في 9 جويلية 2016 قُصفت القرية", REPORT).date()).isEqualTo(LocalDate.parse("2016-07-09"));
        assertThat(only("في 9 أوت 2016 قُصفت القرية", REPORT).date()).isEqualTo(LocalDate.parse("2016-08-09"));
    }

    @Test
    void invalidDayOfNamedMonthIsNotADate() {
        none("ورد في البيان أن 31 فبراير 2017 موعد الهجوم");
    }

    @Test
    void hijriDateIsConverted() {
        DateMention m = only("وقعت المعركة في 5 رمضان 1438 هـ قرب الحدود", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-05-31"));
        assertThat(m.span().of("وقعت المعركة في 5 رمضان 1438 هـ قرب الحدود")).isEqualTo("5 رمضان 1438 هـ");
    }

    @Test
    void hijriMonthWithoutYearIsNotADate() {
        none("تصاعدت الغارات في 5 رمضان دون توقف");
    }

    @Test
    void monthWithPastIsTheLatestSuchMonthBeforeTheReportMonth() {
        DateMention m = only("نزحت العائلات في شباط/فبراير الماضي", LocalDate.parse("2017-05-10"));
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-02-15"));
        assertThat(m.endDate()).isEqualTo(LocalDate.parse("2017-02-28"));
        assertThat(m.timePrecision()).isEqualTo(DateMention.MONTH);
    }

    @Test
    void aYearWordMayStandBetweenAMonthAndItsYear() {
        DateMention m = only("وتبنت الجماعة أول هجوم لها في كانون الثاني/يناير عام 2016", LocalDate.parse("2018-05-13"));
        assertThat(m.date()).isEqualTo(LocalDate.parse("2016-01-15"));
        assertThat(m.timePrecision()).isEqualTo(DateMention.MONTH);
        DateMention since = only("اندلعت الاحتجاجات في آذار من العام 2011", LocalDate.parse("2018-05-13"));
        assertThat(since.date()).isEqualTo(LocalDate.parse("2011-03-15"));
        day("وقُتل القيادي في 3 حزيران سنة ٢٠١٥ بغارة", "2015-06-03", "3 حزيران سنة ٢٠١٥");
    }

    @Test
    void beginningOfMonthIsItsFirstDay() {
        DateMention m = only("بدأ الحصار مطلع آذار", LocalDate.parse("2017-05-10"));
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-03-01"));
        assertThat(m.timePrecision()).isEqualTo(DateMention.MONTH);
    }

    @Test
    void endOfMonthIsItsLastDay() {
        DateMention m = only("انسحبت القوات أواخر نيسان 2016", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2016-04-30"));
    }

    @Test
    void bareMonthNameWithoutContextIsNotADate() {
        none("قال مارس الضغط على الفصائل");
    }

    // --- relative dates

    @Test
    void yesterdayIsTheDayBeforeTheReport() {
        day("قُتل ثلاثة مدنيين أمس بقصف مدفعي", "2017-02-21", "أمس");
    }

    @Test
    void yesterdayWithTheWordDay() {
        day("سقطت قذائف يوم أمس على الحي", "2017-02-21", "يوم أمس");
    }

    @Test
    void classicalYesterday() {
        day("دارت اشتباكات البارحة في محيط المطار", "2017-02-21", "البارحة");
    }

    @Test
    void dayBeforeYesterday() {
        day("اعتُقل الناشط أول من أمس في المدينة", "2017-02-20", "أول من أمس");
    }

    @Test
    void shortDayBeforeYesterday() {
        day("اعتُقل الناشط أول أمس في المدينة", "2017-02-20", "أول أمس");
    }

    @Test
    void todayIsTheReportDate() {
        day("قصفت الطائرات اليوم مواقع التنظيم", "2017-02-22", "اليوم");
    }

    @Test
    void todayFollowedByItsNameJoinsTheSpan() {
        day("أعلنت الفصائل اليوم الأربعاء عن هجوم جديد", "2017-02-22", "اليوم الأربعاء");
    }

    @Test
    void partOfDayBeforeTodayJoinsTheSpan() {
        day("انفجرت سيارة مفخخة فجر اليوم قرب الجامع", "2017-02-22", "فجر اليوم");
    }

    @Test
    void eveningOfYesterday() {
        day("تعرضت البلدة لقصف مساء أمس", "2017-02-21", "مساء أمس");
    }

    @Test
    void untilTodayIsNotADate() {
        none("ما زال مصير المخطوفين مجهولاً حتى اليوم");
    }

    @Test
    void theNextDayIsNotTheReportDate() {
        none("عاد الأهالي في اليوم التالي إلى منازلهم");
    }

    @Test
    void dayAloneIsNotADate() {
        none("استمر القصف طوال يوم كامل");
    }

    @Test
    void daysAloneAreNotADate() {
        none("تعيش المدينة أصعب الأيام منذ بداية الحرب");
    }

    @Test
    void dailyIsNotToday() {
        none("تتعرض المنطقة لقصف يومي");
    }

    @Test
    void twoDaysAgoByDual() {
        day("أُعدم الشاب قبل يومين في الساحة", "2017-02-20", "قبل يومين");
    }

    @Test
    void daysAgoInWords() {
        day("اختُطف الصحفي قبل ثلاثة أيام", "2017-02-19", "قبل ثلاثة أيام");
    }

    @Test
    void daysAgoInDigits() {
        day("اختُطف الصحفي قبل 3 أيام", "2017-02-19", "قبل 3 أيام");
    }

    @Test
    void approximateDaysAgoHaveWeekPrecision() {
        DateMention m = only("دخلت القوات البلدة قبل نحو 10 أيام", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-02-12"));
        assertThat(m.timePrecision()).isEqualTo(DateMention.WEEK);
    }

    @Test
    void aWeekAgoHasWeekPrecision() {
        DateMention m = only("سقطت البلدة منذ أسبوع", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-02-15"));
        assertThat(m.timePrecision()).isEqualTo(DateMention.WEEK);
    }

    @Test
    void pastTwoDaysAreARangeEndingYesterday() {
        DateMention m = only("قُتل 12 عنصراً خلال اليومين الماضيين", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-02-20"));
        assertThat(m.endDate()).isEqualTo(LocalDate.parse("2017-02-21"));
        assertThat(m.timePrecision()).isEqualTo(DateMention.WEEK);
    }

    @Test
    void pastDaysHaveWeekPrecision() {
        DateMention m = only("تصاعد القصف خلال الأيام الماضية", REPORT);
        assertThat(m.timePrecision()).isEqualTo(DateMention.WEEK);
        assertThat(m.endDate()).isEqualTo(LocalDate.parse("2017-02-21"));
    }

    @Test
    void lastWeekIsCodedAtItsMidpoint() {
        DateMention m = only("شهد الأسبوع الماضي تصعيداً كبيراً", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-02-15"));
        assertThat(m.timePrecision()).isEqualTo(DateMention.WEEK);
    }

    @Test
    void lastMonthHasMonthPrecision() {
        DateMention m = only("قُتل المئات الشهر الماضي", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-01-15"));
        assertThat(m.timePrecision()).isEqualTo(DateMention.MONTH);
    }

    @Test
    void namedPastWeekdayIsStrictlyBeforeTheReport() {
        day("اغتيل القيادي يوم الأربعاء الماضي", "2017-02-15", "يوم الأربعاء الماضي");
    }

    @Test
    void namedWeekdayIsTheLatestOnOrBeforeTheReport() {
        day("قُصف المستشفى يوم الثلاثاء", "2017-02-21", "يوم الثلاثاء");
    }

    @Test
    void weekdayOfTheReportItselfIsTheReportDate() {
        day("أكد المرصد الأربعاء مقتل خمسة", "2017-02-22", "الأربعاء");
    }

    @Test
    void weekdayWithConjunctionLeavesItOutOfTheSpan() {
        day("وقع انفجار والأحد الماضي قتل اثنان", "2017-02-19", "الأحد الماضي");
    }

    @Test
    void weekdayWithPrepositionIsRecognised() {
        day("أصيب عنصران بالسبت في كمين", "2017-02-18", "السبت");
    }

    @Test
    void mondayWithHamzaSpelling() {
        day("دارت معارك عنيفة الإثنين في ريف حلب", "2017-02-20", "الإثنين");
    }

    @Test
    void nightBetweenTwoDaysIsCodedToTheFirstWithTheSecondAsEnd() {
        DateMention m = only("تعرضت المدينة لقصف ليل الاثنين-الثلاثاء", REPORT);
        assertThat(m.date()).isEqualTo(LocalDate.parse("2017-02-20"));
        assertThat(m.endDate()).isEqualTo(LocalDate.parse("2017-02-21"));
        assertThat(m.span().of("تعرضت المدينة لقصف ليل الاثنين-الثلاثاء")).isEqualTo("ليل الاثنين-الثلاثاء");
    }

    @Test
    void theElevenIsNotSunday() {
        none("قتل الأحد عشر عنصرا في الكمين");
    }

    @Test
    void headlineWithoutDatesHasNone() {
        none("\"جيش النصر\" يستعيد السيطرة على قرى في ريف حماة الشمالي");
    }

    @Test
    void severalMentionsComeInTextOrderWithOriginalSpans() {
        String text = "قُتل خمسة أمس، وأُصيب آخرون في 14/2/2017 بعد معارك بدأت الأسبوع الماضي";
        List<DateMention> found = find(text, REPORT);
        assertThat(found).extracting(m -> m.span().of(text))
                .containsExactly("أمس", "14/2/2017", "الأسبوع الماضي");
    }

    @ParameterizedTest
    @ValueSource(strings = {"دارت المعارك بين 18 و20 شباط في محيط البلدة",
            "دارت المعارك من ١٨ إلى ٢٠ شباط/فبراير في محيط البلدة",
            "دارت المعارك 18-20 فبراير في محيط البلدة"})
    void daysJoinedBeforeTheirMonthAreADayRange(String sentence) {
        DateMention m = only(sentence, REPORT);
        assertThat(m.startDate()).as(sentence).isEqualTo(LocalDate.parse("2017-02-18"));
        assertThat(m.endDate()).as(sentence).isEqualTo(LocalDate.parse("2017-02-20"));
        assertThat(m.timePrecision()).as(sentence).isEqualTo(DateMention.DAY);
    }

    @Test
    void aRangeAcrossTheTurnOfAMonthStartsInTheMonthBefore() {
        DateMention m = only("استمر القصف بين 30 و2 شباط", REPORT);
        assertThat(m.startDate()).isEqualTo(LocalDate.parse("2017-01-30"));
        assertThat(m.endDate()).isEqualTo(LocalDate.parse("2017-02-02"));
    }
}
