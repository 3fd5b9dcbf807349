package org.marsad.text.dates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.numbers.Token;
import org.marsad.text.WordLookup;

/**
 * Gregorian month names in their Levantine/Iraqi, Egyptian/Gulf and Maghrebi spellings, and the Hijri months,
 * read from {@code months.tsv}. A name may take two words ({@code كانون الثاني}, {@code ذو الحجة}) and may
 * carry the conjunction و or ف; prepositions are not stripped because {@code باب} would become {@code آب}.
 * Immutable once loaded; safe to share between threads.
 */
public final class MonthNames {

    /** A month of the Gregorian or the Hijri calendar. */
    public record Month(int number, boolean hijri) {
        public Month {
            if (number < 1 || number > 12) {
                throw new IllegalArgumentException("month number must be in 1..12: " + number);
            }
        }
    }

    /** A month name found at a token, ending before token {@code end}, after {@code skip} proclitic chars. */
    public record Match(Month month, int end, int skip) {
    }

    private static final int MAX_WORDS = 2;
    private static final Map<String, Month> BY_FORM = load();
    /** The words month names begin with: a word that is none of them starts no month name. */
    private static final Set<String> FIRST_WORDS = WordLookup.setOf(firstWords());

    private MonthNames() {
    }

    private static Map<String, Month> load() {
        Map<String, Month> byForm = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(MonthNames.class, "months.tsv", 3)) {
            String form = ArabicNormalizer.key(row.cell(0));
            if (form.split(" ").length > MAX_WORDS) {
                throw row.error("a month name has at most " + MAX_WORDS + " words: '" + row.cell(0) + "'");
            }
            boolean hijri = switch (row.cell(1)) {
                case "gregorian" -> false;
                case "hijri" -> true;
                default -> throw row.error("calendar must be 'gregorian' or 'hijri', was '" + row.cell(1) + "'");
            };
            int number = row.intCell(2);
            if (number < 1 || number > 12) {
                throw row.error("month number must be in 1..12, was " + number);
            }
            if (byForm.put(form, new Month(number, hijri)) != null) {
                throw row.error("month name listed twice (after normalization): '" + row.cell(0) + "'");
            }
        }
        return WordLookup.mapOf(byForm);
    }

    /** The first words of the month names ({@code كانون} of {@code كانون الثاني}). */
    static Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        for (String name : BY_FORM.keySet()) {
            out.add(name.split(" ")[0]);
        }
        return out;
    }

    /** The longest month name starting at token {@code i}, if any. */
    public static Optional<Match> at(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return Optional.empty();
        }
        String word = tokens.get(i).text();
        List<String> forms = tokens.get(i).forms(false);
        for (int f = 0; f < forms.size(); f++) {
            String first = forms.get(f);
            if (!FIRST_WORDS.contains(first)) {
                continue;
            }
            int skip = word.length() - first.length();
            if (i + 1 < tokens.size() && tokens.get(i + 1).isWord()) {
                Month two = BY_FORM.get(first + " " + tokens.get(i + 1).text());
                if (two != null) {
                    return Optional.of(new Match(two, i + 2, skip));
                }
            }
            Month one = BY_FORM.get(first);
            if (one != null) {
                return Optional.of(new Match(one, i + 1, skip));
            }
        }
        return Optional.empty();
    }
}
