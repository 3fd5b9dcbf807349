package org.marsad.text.dates;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.numbers.Token;
import org.marsad.text.WordLookup;

/**
 * The seven day names from {@code weekdays.tsv}, written with the article; a word may carry و/ف and ب/ل
 * ({@code والثلاثاء}, {@code بالأحد}). Immutable once loaded; safe to share between threads.
 */
public final class DayNames {

    private static final Map<String, DayOfWeek> BY_FORM = load();

    private DayNames() {
    }

    private static Map<String, DayOfWeek> load() {
        Map<String, DayOfWeek> byForm = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(DayNames.class, "weekdays.tsv", 2)) {
            int iso = row.intCell(1);
            if (iso < 1 || iso > 7) {
                throw row.error("ISO day of week must be in 1..7, was " + iso);
            }
            DayOfWeek previous = byForm.put(ArabicNormalizer.key(row.cell(0)), DayOfWeek.of(iso));
            if (previous != null && previous != DayOfWeek.of(iso)) {
                throw row.error("day name listed with two different days: '" + row.cell(0) + "'");
            }
        }
        return WordLookup.mapOf(byForm);
    }

    /** The day names as the lexicon spells them (normalized). */
    static Set<String> names() {
        return BY_FORM.keySet();
    }

    /** A day name found at a token, after {@code skip} proclitic chars ({@code والثلاثاء}). */
    public record Match(DayOfWeek day, int skip) {
    }

    /** The day named by token {@code i}, if it is a day name. */
    public static Optional<Match> at(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return Optional.empty();
        }
        String word = tokens.get(i).text();
        for (String form : tokens.get(i).forms()) {
            DayOfWeek day = BY_FORM.get(form);
            if (day != null) {
                return Optional.of(new Match(day, word.length() - form.length()));
            }
        }
        return Optional.empty();
    }
}
