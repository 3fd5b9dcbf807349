package org.marsad.text.numbers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one cardinal number at a token: digits ({@code 130}, {@code 1,200}, {@code 1.200}, {@code 1.5 مليون},
 * {@code 3 آلاف}) or number words ({@code خمسة وعشرين}, {@code ثلاثة عشر}, {@code ثلاثمائة}, {@code ثلاثة آلاف}).
 *
 * <p>Word compounds follow the order of written Arabic: thousands, then hundreds, then the unit joined by و to
 * the tens ({@code ألفان وثلاثمئة وخمسة وعشرون} = 2325); a word that does not fit the compound ends it.
 * Digits that belong to a date or a clock ({@code 14/2/2017}, {@code 11:13}), a percentage, a measure or a
 * year ({@code 130م}, {@code 2017 هـ}, {@code عام 2017}) are returned as {@link Cardinal#count() non-counts}, so
 * that callers skip them whole. Word lexicon: {@code number-words.tsv}; marks: {@code non-counts.tsv}.
 * Stateless; safe to share between threads.
 */
public final class Cardinals {

    /**
     * A number from normalized offset {@code start} to {@code end}, ending before token {@code endToken};
     * {@code count} is false for digits that are a date, clock, measure or year (value then 0).
     */
    public record Cardinal(long value, boolean count, int start, int end, int endToken) {
    }

    enum Role { UNIT, TEENUNIT, TEN, TENS, HUNDRED, THOUSAND, THOUSANDS, MILLION, MILLIONS }

    record Word(long value, Role role) {
    }

    private static final PhraseTable<Word> WORDS = PhraseTable.load(Cardinals.class, "number-words.tsv", 3, row -> {
        Role role;
        try {
            role = Role.valueOf(row.cell(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown role '" + row.cell(2) + "'");
        }
        return new Word(row.longCell(1), role);
    });

    private static final PhraseTable<String> NON_COUNTS = PhraseTable.load(Cardinals.class, "non-counts.tsv", 2,
            row -> {
                if (!row.cell(1).equals("suffix") && !row.cell(1).equals("yearword")) {
                    throw row.error("role must be 'suffix' or 'yearword', was '" + row.cell(1) + "'");
                }
                return row.cell(1);
            });

    private static final String ARTICLE = "\u0627\u0644";
    private static final int THOUSAND = 1000;
    private static final int MILLION = 1_000_000;
    /** A stripped preposition must leave a real word: لست is not ل + ست. */
    private static final int MIN_STRIPPED_LENGTH = 4;

    private Cardinals() {
    }

    /** The number starting at token {@code i}, if one does. */
    public static Optional<Cardinal> at(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return Optional.of(digits(tokens, i));
        }
        return t.isWord() ? words(tokens, i) : Optional.empty();
    }

    /** The first words of the number words. */
    static Set<String> firstWords() {
        return WORDS.firstWords();
    }

    /** Whether a normalized word is the ten of a teen ({@code عشر}, {@code عشرة}). */
    public static boolean isTen(String normalized) {
        return WORDS.get(normalized).filter(w -> w.role() == Role.TEN).isPresent();
    }

    private static Cardinal digits(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        int n = tokens.size();
        if (partOfDateOrClock(tokens, i)) {
            int j = i + 1;
            while (j + 1 < n && isDateSeparator(tokens.get(j)) && tokens.get(j - 1).gluedTo(tokens.get(j))
                    && tokens.get(j).gluedTo(tokens.get(j + 1)) && tokens.get(j + 1).isNumber()) {
                j += 2;
            }
            return skip(first.start(), tokens.get(j - 1).end(), j);
        }
        if (first.text().length() > 15) {
            return skip(first.start(), first.end(), i + 1);
        }
        long value = Long.parseLong(first.text());
        double fraction = 0;
        int j = i + 1;
        if (first.text().length() <= 3) {
            // 1,200 and 1.200: thousands separated by a comma or, as many Arab sites print them, a dot
            while (j + 1 < n && (tokens.get(j).isSymbol(',') || tokens.get(j).isSymbol('.'))
                    && glued(tokens, j - 1, j + 1) && tokens.get(j + 1).isNumber()
                    && tokens.get(j + 1).text().length() == 3) {
                value = value * THOUSAND + Long.parseLong(tokens.get(j + 1).text());
                j += 2;
            }
        }
        boolean decimal = false;
        if (j == i + 1 && j + 1 < n && (tokens.get(j).isSymbol('.') || tokens.get(j).isSymbol(','))
                && glued(tokens, j - 1, j + 1) && tokens.get(j + 1).isNumber()) {
            fraction = Double.parseDouble("0." + tokens.get(j + 1).text());
            decimal = true;
            j += 2;
        }
        int end = tokens.get(j - 1).end();
        if (j < n) {
            Token next = tokens.get(j);
            if (next.isSymbol('%') || next.isSymbol('\u066A')) {
                return skip(first.start(), next.end(), j + 1);
            }
            if (next.isWord()) {
                boolean suffix = NON_COUNTS.get(next.text()).filter("suffix"::equals).isPresent();
                if (suffix && (tokens.get(j - 1).gluedTo(next) || plausibleYear(value))) {
                    return skip(first.start(), next.end(), j + 1);
                }
                // 3 آلاف, 1.5 مليون; a dual such as ألفين carries its own count and does not multiply
                Optional<Word> multiplier = WORDS.get(next.text())
                        .filter(w -> isMultiplier(w.role()) && (w.value() == THOUSAND || w.value() == MILLION));
                if (multiplier.isPresent()) {
                    return new Cardinal(Math.round((value + fraction) * multiplier.get().value()), true,
                            first.start(), next.end(), j + 1);
                }
            }
        }
        if (decimal) {
            return skip(first.start(), end, j);
        }
        if (plausibleYear(value) && first.text().length() == 4 && i > 0 && precededByYearWord(tokens, i)) {
            return skip(first.start(), end, j);
        }
        return new Cardinal(value, true, first.start(), end, j);
    }

    private static boolean isMultiplier(Role role) {
        return role == Role.THOUSAND || role == Role.THOUSANDS || role == Role.MILLION || role == Role.MILLIONS;
    }

    private static boolean plausibleYear(long value) {
        return value >= 1300 && value <= 2100;
    }

    private static boolean precededByYearWord(List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        if (!before.isWord()) {
            return false;
        }
        for (String form : before.forms()) {
            if (NON_COUNTS.get(form).filter("yearword"::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateSeparator(Token t) {
        return t.isSymbol('/') || t.isSymbol(':') || t.isSymbol('-') || t.isSymbol('.');
    }

    /** Digits glued by / : - to other digits: a date (14/2/2017, 14-2-2017) or a clock (11:13). */
    private static boolean partOfDateOrClock(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 2 < n && glued(tokens, i, i + 2) && tokens.get(i + 2).isNumber()) {
            Token sep = tokens.get(i + 1);
            if (sep.isSymbol('/') || sep.isSymbol(':')) {
                return true;
            }
            if (sep.isSymbol('-') || sep.isSymbol('.')) {
                // 14-2-2017 and 14.2.2017 have three parts; 10-15 is a range and 1.200 a thousand
                return i + 4 < n && glued(tokens, i + 2, i + 4) && tokens.get(i + 3).isSymbol(sep.text().charAt(0))
                        && tokens.get(i + 4).isNumber();
            }
        }
        return false;
    }

    private static boolean glued(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).gluedTo(tokens.get(k + 1))) {
                return false;
            }
        }
        return true;
    }

    private static Cardinal skip(int start, int end, int endToken) {
        return new Cardinal(0, false, start, end, endToken);
    }

    private static Optional<Cardinal> words(List<Token> tokens, int i) {
        Token firstToken = tokens.get(i);
        Word first = null;
        int skip = 0;
        for (String form : firstToken.forms()) {
            boolean preposition = form.length() < firstToken.text().length() - (conjunction(firstToken.text()) ? 1 : 0);
            if (preposition && form.length() < MIN_STRIPPED_LENGTH) {
                continue;
            }
            Optional<Word> w = WORDS.get(form);
            if (w.isPresent()) {
                first = w.get();
                skip = firstToken.text().length() - form.length();
                break;
            }
        }
        if (first == null || first.role() == Role.THOUSANDS || first.role() == Role.MILLIONS) {
            return Optional.empty();
        }
        if (first.role() == Role.TEN && skip == 0 && i > 0 && tokens.get(i - 1).isWord()
                && tokens.get(i - 1).text().startsWith(ARTICLE)) {
            // الرابع عشر (the fourteenth): عشر completes a definite ordinal, it is no count
            return Optional.empty();
        }
        long total = 0;
        long current = 0;
        int j = i + 1;
        int end = firstToken.end();
        Role last = first.role();
        switch (first.role()) {
            case TEENUNIT -> {
                Optional<Word> ten = j < tokens.size() && tokens.get(j).isWord()
                        ? WORDS.get(tokens.get(j).text()) : Optional.empty();
                if (ten.isEmpty() || ten.get().role() != Role.TEN) {
                    return Optional.empty();
                }
                current = first.value() + 10;
                end = tokens.get(j).end();
                last = Role.TEN;
                j++;
            }
            case THOUSAND, MILLION -> total = first.value();
            default -> current = first.value();
        }
        while (j < tokens.size() && tokens.get(j).isWord()) {
            String text = tokens.get(j).text();
            boolean conj = conjunction(text);
            Optional<Word> found = WORDS.get(conj ? text.substring(1) : text);
            if (found.isEmpty()) {
                break;
            }
            Word w = found.get();
            long units = current % 100;
            boolean fits;
            if (!conj) {
                fits = switch (w.role()) {
                    case TEN -> last == Role.UNIT && current >= 3 && current <= 9;
                    case HUNDRED -> w.value() == 100 && last == Role.UNIT && current >= 3 && current <= 9;
                    case THOUSAND -> w.value() == THOUSAND && current > 0 && total == 0;
                    case THOUSANDS -> current >= 3 && current <= 10 && total == 0;
                    case MILLION -> w.value() == MILLION && current > 0 && total == 0;
                    case MILLIONS -> current >= 3 && current <= 10 && total == 0;
                    default -> false;
                };
                if (fits) {
                    switch (w.role()) {
                        case TEN -> current += 10;
                        case HUNDRED -> current *= 100;
                        case THOUSAND, THOUSANDS -> {
                            total = current * THOUSAND;
                            current = 0;
                        }
                        default -> {
                            total = current * MILLION;
                            current = 0;
                        }
                    }
                }
            } else {
                boolean started = current > 0 || total > 0;
                fits = switch (w.role()) {
                    case UNIT, TEN -> units == 0 && started;
                    case TENS -> units < 10 && started && (last == Role.UNIT || units == 0);
                    case HUNDRED -> current == 0 && total > 0;
                    default -> false;
                };
                if (fits) {
                    current += w.value();
                }
            }
            if (!fits) {
                break;
            }
            last = w.role();
            end = tokens.get(j).end();
            j++;
        }
        return Optional.of(new Cardinal(total + current, true, firstToken.start() + skip, end, j));
    }

    private static boolean conjunction(String word) {
        return word.length() > 1 && (word.charAt(0) == Proclitics.WAW || word.charAt(0) == Proclitics.FEH);
    }
}
