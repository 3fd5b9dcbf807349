package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateLineParserTest {

    private static void check(String line, String expected) {
        assertThat(DateLineParser.parse(line)).as(line).contains(LocalDateTime.parse(expected));
    }

    private static void refuse(String line) {
        assertThat(DateLineParser.parse(line)).as(line).isEmpty();
    }

    @Test
    void slashedMonthNameWithMorningMark() {
        check("الأربعاء 22/فبراير/2017 - 11:13 ص", "2017-02-22T11:13");
    }

    @Test
    void eveningMarkAddsTwelveHours() {
        check("الأربعاء، 22 شباط 2017 11:13 م", "2017-02-22T23:13");
    }

    @Test
    void spelledOutEveningWordAddsTwelveHours() {
        check("الخميس 9 آذار 2017 - 07:40 مساءً", "2017-03-09T19:40");
    }

    @Test
    void twelveInTheMorningIsMidnightHour() {
        check("السبت 4 نوفمبر 2017 - 12:05 ص", "2017-11-04T00:05");
    }

    @Test
    void twelveInTheEveningStaysNoon() {
        check("السبت 4 نوفمبر 2017 - 12:30 م", "2017-11-04T12:30");
    }

    @Test
    void dateWithoutTimeIsMidnight() {
        check("22 فبراير 2017", "2017-02-22T00:00");
    }

    @Test
    void yearFirstNumericDateWithTwentyFourHourClock() {
        check("2017/02/22 11:13", "2017-02-22T11:13");
    }

    @Test
    void dayFirstNumericDateWithHyphens() {
        check("22-02-2017", "2017-02-22T00:00");
    }

    @Test
    void arabicIndicDigitsAreRead() {
        check("الأربعاء ٢٢/٠٢/٢٠١٧ - ١١:١٣ ص", "2017-02-22T11:13");
    }

    @Test
    void persianDigitsAreRead() {
        check("۲۲ فبراير ۲۰۱۷", "2017-02-22T00:00");
    }

    @Test
    void trailingMeemAfterYearIsTheEraNotTheEvening() {
        check("22/02/2017م - 09:30 ص", "2017-02-22T09:30");
    }

    @Test
    void doubleMonthNameWithSlashIsOneMonth() {
        check("الثلاثاء 14 شباط/فبراير 2017", "2017-02-14T00:00");
    }

    @Test
    void twoWordLevantineMonthName() {
        check("الإثنين 2 كانون الثاني 2017 - 10:00", "2017-01-02T10:00");
    }

    @Test
    void maghrebiMonthName() {
        check("نشر في 15 جويلية 2017 على الساعة 18:20", "2017-07-15T18:20");
    }

    @Test
    void gregorianDatePreferredToHijriOnTheSameLine() {
        check("الأربعاء 25 جمادى الأولى 1438 هـ الموافق 22 فبراير 2017 م", "2017-02-22T00:00");
    }

    @Test
    void hijriOnlyLineIsConverted() {
        check("5 رمضان 1438 هـ", "2017-05-31T00:00");
    }

    @Test
    void publishedOnPrefixIsAccepted() {
        check("نُشر بتاريخ: 22/02/2017 - 11:13 ص", "2017-02-22T11:13");
    }

    @Test
    void tatweelAndHarakatDoNotMatter() {
        check("الأربعـــاء 22 فَبْرايِر 2017", "2017-02-22T00:00");
    }

    @Test
    void headlineIsNotADateLine() {
        refuse("مقتل 5 عناصر من \"جيش النصر\" بقصف على ريف حماة");
    }

    @Test
    void sentenceContainingADateIsNotADateLine() {
        refuse("قتل ثلاثة مدنيين في 22 فبراير 2017 بقصف جوي");
    }

    @Test
    void impossibleDayIsRefused() {
        refuse("31-02-2017");
    }

    @Test
    void impossibleClockIsRefused() {
        refuse("22-02-2017 25:13");
    }

    @Test
    void dayAndMonthWithoutYearIsNotEnough() {
        refuse("الأربعاء 22 فبراير");
    }

    @Test
    void blankAndNullLinesAreRefused() {
        refuse("   ");
        refuse(null);
    }
}
