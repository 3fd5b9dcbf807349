package org.marsad.text.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.numbers.Token;
import org.marsad.text.numbers.Tokenizer;

/**
 * Reads the date line printed in a report's header, such as {@code الأربعاء 22/فبراير/2017 - 11:13 ص},
 * {@code الأربعاء، 22 شباط 2017 11:13 م}, {@code 2017/02/22 11:13} or {@code 22-02-2017}.
 *
 * <p>A line is a date line only when every word in it is a day name, a month name or one of the few words of
 * {@code dateline-words.tsv} (clock and era marks, "published on"…): a headline or a sentence that merely
 * contains a date is refused. Numeric dates are day-month-year, or year-month-day when the first number has
 * four digits (the order of Arab news sites). A Gregorian date is preferred to a Hijri one on the same line.
 * Times use the 12-hour clock when marked ({@code ص} = a.m., {@code م}/{@code مساء} = p.m.; {@code 12:05 ص}
 * is 00:05), the 24-hour clock otherwise; a line without a time gives midnight.
 * Stateless; safe to share between threads.
 */
public final class DateLineParser {

    /** Longer lines are prose, not a header date line. */
    private static final int MAX_LINE_LENGTH = 160;

    /** هـ and هجري/هجرية: the number before them is a Hijri year. */
    private static final List<String> ERA_HIJRI = List.of(
            ArabicNormalizer.key("\u0647\u0640"), ArabicNormalizer.key("\u0647\u062C\u0631\u064A"),
            ArabicNormalizer.key("\u0647\u062C\u0631\u064A\u0629"));

    private enum Role { AM, PM, NOON, NIGHT, ERA, FILLER }

    private static final Map<String, Role> WORDS = loadWords();

    private DateLineParser() {
    }

    private static Map<String, Role> loadWords() {
        Map<String, Role> words = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(DateLineParser.class, "dateline-words.tsv", 2)) {
            Role role;
            try {
                role = Role.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown role '" + row.cell(1) + "'; expected am, pm, noon, night, era or filler");
            }
            if (words.put(ArabicNormalizer.key(row.cell(0)), role) != null) {
                throw row.error("word listed twice (after normalization): '" + row.cell(0) + "'");
            }
        }
        return Map.copyOf(words);
    }

    /** The date and time of a header date line, or empty when {@code line} is not one. */
    public static Optional<LocalDateTime> parse(String line) {
        if (line == null || line.isBlank() || line.length() > MAX_LINE_LENGTH) {
            return Optional.empty();
        }
        List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(line));
        List<Field> fields = new ArrayList<>();
        LocalTime time = null;
        int timeEnd = -1;
        Role meridiem = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isNumber()) {
                if (time == null && isClock(tokens, i)) {
                    int hour = Integer.parseInt(t.text());
                    int minute = Integer.parseInt(tokens.get(i + 2).text());
                    int second = 0;
                    int end = i + 3;
                    if (isClockPart(tokens, end)) {
                        second = Integer.parseInt(tokens.get(end + 1).text());
                        end += 2;
                    }
                    if (hour > 23 || minute > 59 || second > 59) {
                        return Optional.empty();
                    }
                    time = LocalTime.of(hour, minute, second);
                    timeEnd = end;
                    i = end - 1;
                } else if (t.text().length() > 4) {
                    return Optional.empty();
                } else {
                    fields.add(Field.number(Integer.parseInt(t.text())));
                }
            } else if (t.isWord()) {
                Optional<MonthNames.Match> month = MonthNames.at(tokens, i);
                if (month.isPresent()) {
                    fields.add(Field.month(month.get().month()));
                    i = month.get().end() - 1;
                    continue;
                }
                if (DayNames.at(tokens, i).isPresent()) {
                    continue;
                }
                Role role = WORDS.get(t.text().toLowerCase(Locale.ROOT));
                if (role == null) {
                    return Optional.empty();
                }
                boolean clockMark = role == Role.AM || role == Role.PM || role == Role.NOON || role == Role.NIGHT;
                if (clockMark && time != null && i >= timeEnd && meridiem == null) {
                    meridiem = role;
                } else if (role == Role.PM || role == Role.ERA) {
                    // م after a year (2017م) is "ميلادي", and هـ is "هجري": the field before it names the calendar
                    fields.add(Field.era(t.text()));
                }
            }
        }
        Optional<LocalDate> date = dateOf(fields);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        LocalTime clock = time == null ? LocalTime.MIDNIGHT : applyMeridiem(time, meridiem);
        return Optional.of(LocalDateTime.of(date.get(), clock));
    }

    private static boolean isClock(List<Token> tokens, int i) {
        return tokens.get(i).text().length() <= 2 && isClockPart(tokens, i + 1);
    }

    /** Token {@code i} is ':' and the next is a two-digit number. */
    private static boolean isClockPart(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).isSymbol(':') && tokens.get(i + 1).isNumber()
                && tokens.get(i + 1).text().length() == 2;
    }

    private static LocalTime applyMeridiem(LocalTime time, Role meridiem) {
        int h = time.getHour();
        if (meridiem == null || h > 12) {
            return time;
        }
        int hour = switch (meridiem) {
            case AM -> h == 12 ? 0 : h;
            case PM -> h == 12 ? 12 : h + 12;
            case NOON -> h >= 1 && h <= 6 ? h + 12 : h;
            case NIGHT -> h == 12 ? 0 : (h >= 6 ? h + 12 : h);
            default -> h;
        };
        return time.withHour(hour);
    }

    /** The first Gregorian date the fields spell, else the first Hijri one. */
    private static Optional<LocalDate> dateOf(List<Field> fields) {
        LocalDate hijri = null;
        int i = 0;
        while (i < fields.size()) {
            Candidate c = candidateAt(fields, i);
            if (c == null) {
                i++;
                continue;
            }
            if (!c.hijri()) {
                return Optional.of(c.date());
            }
            if (hijri == null) {
                hijri = c.date();
            }
            i = c.end();
        }
        return Optional.ofNullable(hijri);
    }

    private record Candidate(LocalDate date, boolean hijri, int end) {
    }

    private static Candidate candidateAt(List<Field> f, int i) {
        if (i + 2 >= f.size()) {
            return null;
        }
        Field a = f.get(i);
        Field b = f.get(i + 1);
        Field c = f.get(i + 2);
        int end = i + 3;
        // "شباط/فبراير": a second name of the same month right after the first
        if (b.month != null && c.month != null && c.month.equals(b.month) && i + 3 < f.size()) {
            c = f.get(i + 3);
            end++;
        }
        Optional<LocalDate> date = Optional.empty();
        boolean hijri = false;
        if (a.isNumber() && b.month != null && c.isNumber()) {
            hijri = b.month.hijri();
            if (CalendarDates.plausibleYear(c.value, hijri) || (!hijri && c.value < 100)) {
                date = CalendarDates.of(c.value, b.month.number(), a.value, hijri);
            }
        } else if (a.isNumber() && b.isNumber() && c.isNumber()) {
            if (a.value >= 1000) {
                date = CalendarDates.of(a.value, b.value, c.value, false);
            } else if (c.value >= 1000 || c.value < 100) {
                hijri = end < f.size() && f.get(end).isHijriEra() && CalendarDates.plausibleYear(c.value, true);
                date = CalendarDates.of(c.value, b.value, a.value, hijri);
            }
        }
        return date.isEmpty() ? null : new Candidate(date.get(), hijri, end);
    }

    /** A number, a month name or an era mark, in line order. */
    private record Field(int value, MonthNames.Month month, String era) {

        static Field number(int value) {
            return new Field(value, null, null);
        }

        static Field month(MonthNames.Month month) {
            return new Field(-1, month, null);
        }

        static Field era(String mark) {
            return new Field(-1, null, mark);
        }

        boolean isNumber() {
            return month == null && era == null;
        }

        boolean isHijriEra() {
            return era != null && ERA_HIJRI.contains(era);
        }
    }

}
