package org.marsad.text.dates;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.LexiconFile;
import org.marsad.text.numbers.PhraseTable;
import org.marsad.text.numbers.Proclitics;
import org.marsad.text.numbers.Token;
import org.marsad.text.WordLookup;

/** The date lexicons other than month and day names, each read once from its resource file. */
final class DateWords {

    enum Period { PAST, NEXT, CURRENT, START, MIDDLE, END, IN, AGO, APPROX, MONTHWORD, OF, YEARWORD }

    enum Unit { HOUR, DAY, WEEK, MONTH }

    /** A time unit word and the count it carries by itself (0: needs a number before it). */
    record TimeUnit(Unit unit, int count) {
    }

    /** A fixed relative expression: days from the report date and the ACLED time precision. */
    record Relative(int first, int last, int precision) {
    }

    static final PhraseTable<Period> PERIODS = PhraseTable.load(DateWords.class, "period-words.tsv", 2,
            row -> parseEnum(Period.class, row, 1));

    static final PhraseTable<Boolean> DAY_PARTS = PhraseTable.load(DateWords.class, "day-parts.tsv", 1,
            row -> Boolean.TRUE);

    static final PhraseTable<Relative> RELATIVE = PhraseTable.load(DateWords.class, "relative.tsv", 4, row -> {
        int first = row.intCell(1);
        int last = row.intCell(2);
        int precision = row.intCell(3);
        if (last < first || precision < DateMention.DAY || precision > DateMention.MONTH) {
            throw row.error("need first <= last and precision 1..3, found " + first + ", " + last + ", " + precision);
        }
        return new Relative(first, last, precision);
    });

    static final PhraseTable<String> GUARDS = PhraseTable.load(DateWords.class, "relative-guards.tsv", 2, row -> {
        if (!row.cell(1).equals("before") && !row.cell(1).equals("after")) {
            throw row.error("side must be 'before' or 'after', was '" + row.cell(1) + "'");
        }
        return row.cell(1);
    });

    static final PhraseTable<TimeUnit> UNITS = PhraseTable.load(DateWords.class, "time-units.tsv", 3, row -> {
        int count = row.intCell(2);
        if (count < 0 || count > 2) {
            throw row.error("count must be 0, 1 or 2, was " + count);
        }
        return new TimeUnit(parseEnum(Unit.class, row, 1), count);
    });

    static final PhraseTable<Integer> ORDINALS = PhraseTable.load(DateWords.class, "ordinals.tsv", 2, row -> {
        int day = row.intCell(1);
        if (day < 1 || day > 31) {
            throw row.error("day of month must be in 1..31, was " + day);
        }
        return day;
    });

    /**
     * Every word a date expression can open with, in some form without proclitics: day parts, day and month
     * names, ordinals, the fixed relative expressions, and the period words that open one ("early", "mid",
     * "late", "month", "ago"; {@code في} or {@code الماضي} only stand inside or after one), each also as
     * written with proclitics ({@link Proclitics#writtenForms}). A word that is not here starts no date, so the
     * recognizer passes it by without trying each expression, or working out its forms.
     */
    static final Set<String> OPENERS = openers();

    private DateWords() {
    }

    private static Set<String> openers() {
        Set<String> out = new HashSet<>();
        for (PhraseTable<?> table : List.of(DAY_PARTS, RELATIVE, ORDINALS)) {
            out.addAll(table.firstWords());
        }
        out.addAll(PERIODS.firstWords(p -> p == Period.START || p == Period.MIDDLE || p == Period.END
                || p == Period.MONTHWORD || p == Period.AGO));
        out.addAll(DayNames.names());
        out.addAll(MonthNames.firstWords());
        return WordLookup.setOf(Proclitics.writtenForms(out));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, LexiconFile.Row row, int cell) {
        try {
            return Enum.valueOf(type, row.cell(cell).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + row.cell(cell) + "'");
        }
    }

    /** The period word at token {@code i} if it has role {@code role}; the hit's end, or -1. */
    static int period(List<Token> tokens, int i, Period role) {
        return PERIODS.at(tokens, i, true).filter(h -> h.value() == role).map(PhraseTable.Hit::end).orElse(-1);
    }

    static Optional<PhraseTable.Hit<Period>> period(List<Token> tokens, int i) {
        return PERIODS.at(tokens, i, true);
    }

    /** The month a period word names relative to the report ({@code الماضي}، {@code المقبل}، {@code الجاري}), or null. */
    static java.time.YearMonth monthOf(Period period, java.time.LocalDate report) {
        java.time.YearMonth ym = java.time.YearMonth.from(report);
        return switch (period) {
            case PAST -> ym.minusMonths(1);
            case NEXT -> ym.plusMonths(1);
            case CURRENT -> ym;
            default -> null;
        };
    }

    /** A month named relative to the report after {@code الشهر}, and the token after the words that name it. */
    record RelativeMonth(java.time.YearMonth month, int end) {
    }

    /** {@code الشهر الماضي / المقبل / الجاري} at token {@code i}, resolved against the report, or null. */
    static RelativeMonth relativeMonthAt(List<Token> t, int i, java.time.LocalDate report) {
        Optional<PhraseTable.Hit<Period>> which = period(t, i);
        if (which.isEmpty()) {
            return null;
        }
        java.time.YearMonth ym = monthOf(which.get().value(), report);
        return ym == null ? null : new RelativeMonth(ym, which.get().end());
    }
}
