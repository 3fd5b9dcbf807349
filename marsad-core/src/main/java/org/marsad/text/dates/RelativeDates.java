package org.marsad.text.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.marsad.text.dates.DateWords.Period;
import org.marsad.text.numbers.Cardinals;
import org.marsad.text.numbers.PhraseTable;
import org.marsad.text.numbers.Token;

/**
 * Dates relative to the report's own date (ACLED codebook, "Where and when": relative dates resolve against
 * the report's date), each optionally after a part of the day ({@code فجر اليوم}, {@code مساء أمس}):
 * <ul>
 *   <li>fixed expressions of {@code relative.tsv}: {@code أمس}, {@code أول من أمس}, {@code اليوم},
 *       {@code اليومين الماضيين}, {@code الأسبوع الماضي}…, optionally followed by the day's name
 *       ({@code اليوم الاثنين});</li>
 *   <li>day names: {@code الثلاثاء} is the latest Tuesday on or before the report date, {@code الثلاثاء
 *       الماضي} the latest strictly before it, {@code الثلاثاء المقبل} the next one after it; a night named by
 *       two days ({@code ليل الاثنين-الثلاثاء}) is coded to the first, the evening the night begins, with the
 *       second as its end date, since the text does not say on which side of midnight the event fell;</li>
 *   <li>counts of time ago: {@code قبل ثلاثة أيام}, {@code منذ أسبوعين}, {@code قبل نحو 10 أيام} (an
 *       approximate count of days gets week precision);</li>
 *   <li>the report's month and its neighbours: {@code الشهر الماضي}, {@code مطلع الشهر الجاري}.</li>
 * </ul>
 * A bare one-word expression is not a date next to the words of {@code relative-guards.tsv}
 * ({@code حتى اليوم}, {@code اليوم التالي}); {@code يوم} and {@code الأيام} alone are never dates.
 */
final class RelativeDates {

    private RelativeDates() {
    }

    static DateMatch at(List<Token> t, int i, LocalDate report) {
        int k = i;
        int skip = 0;
        Optional<PhraseTable.Hit<Boolean>> part = DateWords.DAY_PARTS.at(t, i, true);
        if (part.isPresent()) {
            k = part.get().end();
            skip = part.get().skip();
        }
        boolean prefixed = k > i;
        DateMatch m = fixed(t, i, k, prefixed, report);
        if (m == null) {
            m = dayName(t, i, k, prefixed, report);
        }
        if (m == null && !prefixed) {
            m = ago(t, k, report);
        }
        if (m == null && !prefixed) {
            m = neighbourMonth(t, k, report);
        }
        if (m == null) {
            return null;
        }
        if (prefixed) {
            return new DateMatch(m.date(), m.endDate(), m.precision(), true, t.get(i).start() + skip, m.end(),
                    m.endToken(), m.first());
        }
        return m;
    }

    private static DateMatch fixed(List<Token> t, int i, int k, boolean prefixed, LocalDate report) {
        Optional<PhraseTable.Hit<DateWords.Relative>> hit = DateWords.RELATIVE.at(t, k, true);
        if (hit.isEmpty()) {
            return null;
        }
        PhraseTable.Hit<DateWords.Relative> h = hit.get();
        if (!prefixed && h.end() - h.start() == 1 && guarded(t, k, h.end())) {
            return null;
        }
        int end = h.end();
        if (DayNames.at(t, end).isPresent()) {
            end++;
        }
        DateWords.Relative r = h.value();
        return DateMatch.range(report.plusDays(r.first()), report.plusDays(r.last()), r.precision(), true,
                t.get(k).start() + h.skip(), t.get(end - 1).end(), end);
    }

    /** A guard word right before ({@code حتى اليوم}) or right after ({@code اليوم التالي}) the expression. */
    private static boolean guarded(List<Token> t, int start, int end) {
        if (start > 0 && t.get(start - 1).isWord()) {
            for (String form : t.get(start - 1).forms()) {
                if (DateWords.GUARDS.get(form).filter("before"::equals).isPresent()) {
                    return true;
                }
            }
        }
        return end < t.size() && t.get(end).isWord()
                && DateWords.GUARDS.get(t.get(end).text()).filter("after"::equals).isPresent();
    }

    private static DateMatch dayName(List<Token> t, int i, int k, boolean prefixed, LocalDate report) {
        Optional<DayNames.Match> name = DayNames.at(t, k);
        if (name.isEmpty() || followedByTen(t, k + 1)) {
            return null;
        }
        DayOfWeek day = name.get().day();
        int j = k + 1;
        boolean twoDays = false;
        if (j + 1 < t.size() && (t.get(j).isSymbol('-') || t.get(j).isSymbol('/'))
                && DayNames.at(t, j + 1).filter(d -> d.day() == day.plus(1)).isPresent()) {
            twoDays = true;
            j += 2;
        } else if (prefixed && DayNames.at(t, j).filter(d -> d.day() == day.plus(1)).isPresent()) {
            twoDays = true;
            j++;
        }
        LocalDate date = report.with(TemporalAdjusters.previousOrSame(day));
        Optional<PhraseTable.Hit<Period>> which = DateWords.period(t, j);
        if (which.isPresent() && which.get().value() == Period.PAST) {
            date = report.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            j = which.get().end();
        } else if (which.isPresent() && which.get().value() == Period.NEXT) {
            date = report.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
            j = which.get().end();
        }
        LocalDate last = twoDays ? date.plusDays(1) : date;
        int start = t.get(k).start() + name.get().skip();
        return new DateMatch(date, last, DateMention.DAY, true, start, t.get(j - 1).end(), j);
    }

    /** {@code الأحد عشر} is "the eleven", not Sunday. */
    private static boolean followedByTen(List<Token> t, int j) {
        if (j >= t.size() || !t.get(j).isWord()) {
            return false;
        }
        return Cardinals.isTen(t.get(j).text());
    }

    /** {@code قبل ثلاثة أيام}, {@code منذ أسبوعين}, {@code قبل نحو 10 أيام}, {@code قبل يومين}. */
    private static DateMatch ago(List<Token> t, int k, LocalDate report) {
        int j = DateWords.period(t, k, Period.AGO);
        if (j < 0) {
            return null;
        }
        int approx = DateWords.period(t, j, Period.APPROX);
        if (approx > 0) {
            j = approx;
        }
        Long count = null;
        Optional<Cardinals.Cardinal> number = Cardinals.at(t, j);
        if (number.isPresent()) {
            if (!number.get().count() || number.get().value() > 10_000) {
                return null;
            }
            count = number.get().value();
            j = number.get().endToken();
        }
        Optional<PhraseTable.Hit<DateWords.TimeUnit>> unit = DateWords.UNITS.at(t, j, false);
        if (unit.isEmpty() || (count == null && unit.get().value().count() == 0)) {
            return null;
        }
        long amount = count != null ? count : unit.get().value().count();
        LocalDate date;
        int precision;
        switch (unit.get().value().unit()) {
            case HOUR -> {
                date = report.minusDays(amount / 24);
                precision = DateMention.DAY;
            }
            case DAY -> {
                date = report.minusDays(amount);
                precision = approx > 0 ? DateMention.WEEK : DateMention.DAY;
            }
            case WEEK -> {
                date = report.minusWeeks(amount);
                precision = DateMention.WEEK;
            }
            default -> {
                date = report.minusMonths(amount);
                precision = DateMention.MONTH;
            }
        }
        int end = unit.get().end();
        int start = t.get(k).start() + DateWords.PERIODS.at(t, k, true).get().skip();
        return new DateMatch(date, date, precision, true, start, t.get(end - 1).end(), end);
    }

    /** {@code الشهر الماضي}, {@code مطلع الشهر الجاري}, {@code أواخر الشهر المقبل}: month precision. */
    private static DateMatch neighbourMonth(List<Token> t, int k, LocalDate report) {
        int j = k;
        Period position = null;
        Optional<PhraseTable.Hit<Period>> p = DateWords.period(t, k);
        int skip = p.map(PhraseTable.Hit::skip).orElse(0);
        if (p.isPresent() && (p.get().value() == Period.START || p.get().value() == Period.MIDDLE
                || p.get().value() == Period.END)) {
            position = p.get().value();
            j = p.get().end();
        }
        int afterWord = DateWords.period(t, j, Period.MONTHWORD);
        if (afterWord < 0) {
            return null;
        }
        if (position == null) {
            skip = DateWords.PERIODS.at(t, j, true).get().skip();
        }
        DateWords.RelativeMonth named = DateWords.relativeMonthAt(t, afterWord, report);
        if (named == null) {
            return null;
        }
        int end = named.end();
        return AbsoluteDates.monthMatch(named.month(), position, true, t.get(k).start() + skip, t.get(end - 1).end(), end);
    }
}
