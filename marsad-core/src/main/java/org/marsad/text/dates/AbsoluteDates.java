package org.marsad.text.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.marsad.text.numbers.PhraseTable;
import org.marsad.text.numbers.Token;
import org.marsad.text.dates.DateWords.Period;

/**
 * Dates written out in the calendar: {@code 14-2-2017}, {@code 2017/02/14}, {@code 14 شباط/فبراير 2017},
 * {@code الثلاثاء 14 فبراير}, {@code الرابع عشر من شباط}, {@code 5 رمضان 1438 هـ}, and months alone when the
 * context marks them as dates ({@code في شباط الماضي}, {@code مطلع آذار}, {@code أيار 2016}).
 *
 * <p>A day and month without a year take the year that puts them at most 31 days after and at most 334
 * days before the report date (so "14 ديسمبر" in a report of 3 January is last December, and "5 يناير" in
 * a report of 20 December is next January). Impossible dates ({@code 31-02-2017}) are not dates.
 */
final class AbsoluteDates {

    private static final int DAYS_AHEAD = 31;
    private static final int DAYS_BEHIND = 334;
    /** م after a year: ميلادي (Gregorian). */
    private static final char ERA_GREGORIAN = '\u0645';
    /** هـ after a year: هجري (Hijri); the tatweel is folded away, leaving heh. */
    private static final char ERA_HIJRI = '\u0647';

    private AbsoluteDates() {
    }

    /** The date starting at token {@code i}, optionally after a part of day and a day name, or null. */
    static DateMatch at(List<Token> tokens, int i, LocalDate report) {
        int k = i;
        Optional<PhraseTable.Hit<Boolean>> part = DateWords.DAY_PARTS.at(tokens, k, true);
        if (part.isPresent()) {
            k = part.get().end();
        }
        if (DayNames.at(tokens, k).isPresent()) {
            k++;
            if (k < tokens.size() && (tokens.get(k).isSymbol(',') || tokens.get(k).isSymbol('\u060C')
                    || tokens.get(k).isSymbol('-'))) {
                k++;
            }
        }
        DateMatch core = numeric(tokens, k);
        if (core == null) {
            core = dayRange(tokens, k, report);
        }
        if (core == null) {
            core = dayAndMonth(tokens, k, report);
        }
        if (core == null && k == i) {
            core = monthOnly(tokens, k, report);
        }
        if (core == null || k == i || core.isRejected()) {
            return core;
        }
        return new DateMatch(core.date(), core.endDate(), core.precision(), core.relative(), tokens.get(i).start(),
                core.end(), core.endToken());
    }

    /** {@code 14-2-2017}, {@code 14/2/2017}, {@code 14.2.2017}, {@code 2017-02-14}, with an optional {@code م}. */
    private static DateMatch numeric(List<Token> t, int k) {
        if (k + 4 >= t.size() || !t.get(k).isNumber() || !t.get(k + 2).isNumber() || !t.get(k + 4).isNumber()) {
            return null;
        }
        Token sep = t.get(k + 1);
        boolean separator = sep.isSymbol('-') || sep.isSymbol('/') || sep.isSymbol('.');
        if (!separator || !t.get(k + 3).isSymbol(sep.text().charAt(0))) {
            return null;
        }
        for (int j = k; j < k + 4; j++) {
            if (!t.get(j).gluedTo(t.get(j + 1))) {
                return null;
            }
        }
        String a = t.get(k).text();
        String c = t.get(k + 4).text();
        if (a.length() > 4 || t.get(k + 2).text().length() > 2 || c.length() > 4) {
            return null;
        }
        int first = Integer.parseInt(a);
        int month = Integer.parseInt(t.get(k + 2).text());
        int last = Integer.parseInt(c);
        Optional<LocalDate> date;
        if (a.length() == 4) {
            date = c.length() <= 2 ? CalendarDates.of(first, month, last, false) : Optional.empty();
        } else if (a.length() <= 2 && (c.length() == 4 || c.length() == 2)) {
            date = CalendarDates.of(last, month, first, false);
        } else {
            date = Optional.empty();
        }
        int end = eraMark(t, k + 5);
        if (date.isEmpty()) {
            return DateMatch.rejected(t.get(k).start(), t.get(end - 1).end(), end);
        }
        return new DateMatch(date.get(), date.get(), DateMention.DAY, false, t.get(k).start(), t.get(end - 1).end(), end);
    }

    /**
     * {@code 18 و20 شباط}, {@code 18 إلى 20 شباط}, {@code 18-20 شباط} (after {@code بين} or {@code من}): the days
     * from the first to the last, day precision (a battle over them is coded day by day). The first day takes
     * the month of the last, or the month before when it is the larger number ({@code 30 و2 آذار}).
     */
    private static DateMatch dayRange(List<Token> t, int k, LocalDate report) {
        if (k + 2 >= t.size() || !t.get(k).isNumber() || t.get(k).text().length() > 2) {
            return null;
        }
        int j = k + 1;
        boolean joined = t.get(j).isSymbol('-') || t.get(j).isWord() && RANGE_WORDS.contains(t.get(j).text());
        if (!joined) {
            return null;
        }
        DateMatch last = dayAndMonth(t, j + 1, report);
        if (last == null || last.isRejected() || last.precision() != DateMention.DAY) {
            return null;
        }
        int firstDay = Integer.parseInt(t.get(k).text());
        LocalDate end = last.date();
        YearMonth month = YearMonth.from(end);
        if (firstDay >= end.getDayOfMonth()) {
            month = month.minusMonths(1);
        }
        if (firstDay < 1 || firstDay > month.lengthOfMonth()) {
            return null;
        }
        LocalDate first = month.atDay(firstDay);
        return DateMatch.range(first, end, DateMention.DAY, false, t.get(k).start(), last.end(), last.endToken());
    }

    /** و، إلى، حتى (folded): the words between the days of a range. */
    private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of(
            "\u0648", "\u0627\u0644\u064A", "\u062D\u062A\u064A");

    /** Skips the era mark after a year ({@code 2017م}, {@code 1438 هـ}) and returns the token after it. */
    private static int eraMark(List<Token> t, int j) {
        if (j < t.size() && t.get(j).isWord() && t.get(j).text().length() == 1
                && (t.get(j).text().charAt(0) == ERA_GREGORIAN || t.get(j).text().charAt(0) == ERA_HIJRI)) {
            return j + 1;
        }
        return j;
    }

    /** {@code 14 شباط 2017}, {@code الرابع عشر من شباط}, {@code 5 رمضان 1438 هـ}, {@code 3 من الشهر الجاري}. */
    private static DateMatch dayAndMonth(List<Token> t, int k, LocalDate report) {
        int day;
        int j;
        if (k < t.size() && t.get(k).isNumber() && t.get(k).text().length() <= 2) {
            day = Integer.parseInt(t.get(k).text());
            j = k + 1;
        } else {
            Optional<PhraseTable.Hit<Integer>> ordinal = DateWords.ORDINALS.at(t, k, true);
            if (ordinal.isEmpty()) {
                return null;
            }
            day = ordinal.get().value();
            j = ordinal.get().end();
        }
        if (day < 1 || day > 31) {
            return null;
        }
        int start = t.get(k).start() + (t.get(k).isWord() ? DateWords.ORDINALS.at(t, k, true).get().skip() : 0);
        int of = DateWords.period(t, j, Period.OF);
        if (of > 0) {
            j = of;
        }
        Optional<MonthNames.Match> name = MonthNames.at(t, j);
        if (name.isEmpty()) {
            return dayOfRelativeMonth(t, j, day, report, start);
        }
        MonthNames.Month month = name.get().month();
        j = sameMonthAgain(t, name.get().end(), month);
        Integer year = null;
        int y = yearAt(t, j, month.hijri());
        if (y >= 0) {
            year = parse(t.get(y));
            j = eraMark(t, y + 1);
        }
        boolean past = false;
        if (year == null) {
            int pastEnd = DateWords.period(t, j, Period.PAST);
            if (pastEnd > 0) {
                past = true;
                j = pastEnd;
            }
        }
        Optional<LocalDate> date;
        boolean relative = year == null;
        if (month.hijri()) {
            if (year == null) {
                return null;
            }
            date = CalendarDates.of(year, month.number(), day, true);
        } else if (year != null) {
            date = CalendarDates.of(year, month.number(), day, false);
        } else if (past) {
            // "14 شباط الماضي": the latest such day before the report
            date = CalendarDates.of(report.getYear(), month.number(), day, false)
                    .filter(d -> d.isBefore(report))
                    .or(() -> CalendarDates.of(report.getYear() - 1, month.number(), day, false));
        } else {
            date = inferYear(month.number(), day, report);
        }
        int endToken = j;
        int end = t.get(endToken - 1).end();
        return date.map(d -> new DateMatch(d, d, DateMention.DAY, relative, start, end, endToken))
                .orElseGet(() -> DateMatch.rejected(start, end, endToken));
    }

    /** {@code 3 من الشهر الجاري}: a day of the report's month, the month before or after it. */
    private static DateMatch dayOfRelativeMonth(List<Token> t, int j, int day, LocalDate report, int start) {
        int afterWord = DateWords.period(t, j, Period.MONTHWORD);
        if (afterWord < 0) {
            return null;
        }
        DateWords.RelativeMonth named = DateWords.relativeMonthAt(t, afterWord, report);
        if (named == null) {
            return null;
        }
        YearMonth ym = named.month();
        if (!ym.isValidDay(day)) {
            return null;
        }
        LocalDate d = ym.atDay(day);
        int endToken = named.end();
        return new DateMatch(d, d, DateMention.DAY, true, start, t.get(endToken - 1).end(), endToken);
    }

    /**
     * The token of the year after a month name, straight after it ({@code يناير 2016}) or after a year word
     * ({@code يناير عام 2016}، {@code آذار من العام 2011}); -1 when none follows.
     */
    private static int yearAt(List<Token> t, int j, boolean hijri) {
        int y = j;
        int word = DateWords.period(t, j, Period.YEARWORD);
        if (word > 0) {
            y = word;
        }
        return y < t.size() && t.get(y).isNumber() && CalendarDates.plausibleYear(parse(t.get(y)), hijri) ? y : -1;
    }

    /** Skips a second name of the same month: {@code شباط/فبراير}, {@code شباط (فبراير)}. */
    private static int sameMonthAgain(List<Token> t, int j, MonthNames.Month month) {
        if (j + 1 < t.size() && (t.get(j).isSymbol('/') || t.get(j).isSymbol('(') || t.get(j).isSymbol('-'))) {
            Optional<MonthNames.Match> again = MonthNames.at(t, j + 1);
            if (again.isPresent() && again.get().month().equals(month)) {
                int after = again.get().end();
                return t.get(j).isSymbol('(') && after < t.size() && t.get(after).isSymbol(')') ? after + 1 : after;
            }
        }
        return j;
    }

    /** {@code في شباط الماضي}, {@code مطلع آذار}, {@code أيار 2016}: month precision. */
    private static DateMatch monthOnly(List<Token> t, int k, LocalDate report) {
        Period position = null;
        int j = k;
        Optional<PhraseTable.Hit<Period>> p = DateWords.period(t, k);
        if (p.isPresent() && (p.get().value() == Period.START || p.get().value() == Period.MIDDLE
                || p.get().value() == Period.END)) {
            position = p.get().value();
            j = p.get().end();
        }
        int monthWord = DateWords.period(t, j, Period.MONTHWORD);
        if (monthWord > 0) {
            j = monthWord;
        }
        Optional<MonthNames.Match> name = MonthNames.at(t, j);
        if (name.isEmpty()) {
            return null;
        }
        MonthNames.Month month = name.get().month();
        j = sameMonthAgain(t, name.get().end(), month);
        Integer year = null;
        Period which = null;
        int y = yearAt(t, j, month.hijri());
        if (y >= 0) {
            year = parse(t.get(y));
            j = eraMark(t, y + 1);
        } else {
            Optional<PhraseTable.Hit<Period>> after = DateWords.period(t, j);
            if (after.isPresent() && (after.get().value() == Period.PAST || after.get().value() == Period.NEXT
                    || after.get().value() == Period.CURRENT)) {
                which = after.get().value();
                j = after.get().end();
            }
        }
        boolean introduced = k > 0 && DateWords.period(t, k - 1, Period.IN) == k;
        if (month.hijri() || (position == null && year == null && which == null && !introduced)) {
            return null;
        }
        YearMonth ym;
        if (year != null) {
            ym = YearMonth.of(year, month.number());
        } else {
            YearMonth current = YearMonth.from(report);
            ym = YearMonth.of(report.getYear(), month.number());
            if (which == Period.NEXT) {
                ym = ym.isAfter(current) ? ym : ym.plusYears(1);
            } else if (which == Period.PAST) {
                ym = ym.isBefore(current) ? ym : ym.minusYears(1);
            } else if (ym.isAfter(current)) {
                ym = ym.minusYears(1);
            }
        }
        int start = t.get(k).start() + (position != null ? p.get().skip() : name.get().skip());
        return monthMatch(ym, position, year == null, start, t.get(j - 1).end(), j);
    }

    /**
     * A month with ACLED month precision: mid-month by default, its first day for "beginning of" and its
     * last day for "end of" (codebook, "Where and when"); {@code endDate} closes the third of the month named,
     * or the whole month.
     */
    static DateMatch monthMatch(YearMonth ym, Period position, boolean relative, int start, int end, int endToken) {
        LocalDate date;
        LocalDate last;
        if (position == Period.START) {
            date = ym.atDay(1);
            last = ym.atDay(10);
        } else if (position == Period.MIDDLE) {
            date = ym.atDay(15);
            last = ym.atDay(20);
        } else if (position == Period.END) {
            date = ym.atEndOfMonth();
            last = date;
        } else {
            date = ym.atDay(15);
            last = ym.atEndOfMonth();
        }
        return new DateMatch(date, last, DateMention.MONTH, relative, start, end, endToken);
    }

    /** The year that puts day and month within the window around the report date (class comment). */
    static Optional<LocalDate> inferYear(int month, int day, LocalDate report) {
        int year = report.getYear();
        Optional<LocalDate> candidate = CalendarDates.of(year, month, day, false);
        if (candidate.isEmpty()) {
            // 29 February: the nearest leap year back
            candidate = CalendarDates.of(year - 1, month, day, false)
                    .or(() -> CalendarDates.of(year - 2, month, day, false))
                    .or(() -> CalendarDates.of(year - 3, month, day, false));
            return candidate;
        }
        LocalDate d = candidate.get();
        if (d.isAfter(report.plusDays(DAYS_AHEAD))) {
            return CalendarDates.of(year - 1, month, day, false);
        }
        if (d.isBefore(report.minusDays(DAYS_BEHIND))) {
            return CalendarDates.of(year + 1, month, day, false);
        }
        return candidate;
    }

    private static int parse(Token number) {
        return number.text().length() > 4 ? -1 : Integer.parseInt(number.text());
    }
}
