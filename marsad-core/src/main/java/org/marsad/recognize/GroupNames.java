package org.marsad.recognize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;
import org.marsad.text.WordLookup;

/**
 * Names of groups and persons the registry lacks, recognised by the words around them:
 * <ul>
 *   <li>a group word followed by a definite name, {@code لواء الفتح}, {@code كتائب الفاروق} (only the group words
 *       marked {@code head}; {@code حركة} or {@code جبهة} alone are too often ordinary nouns);</li>
 *   <li>any group word opening a quoted name, {@code "حركة أحرار الجنوب"};</li>
 *   <li>a quoted two- or three-word name followed by a role, {@code "..." مدير المكتب الإعلامي}.</li>
 * </ul>
 * The words live in {@code group-words.tsv} (word, then {@code head}, {@code quoted-head}, {@code role} or
 * {@code stop}). Immutable; may be shared between threads.
 */
public final class GroupNames {

    private static final String RESOURCE = "group-words.tsv";
    private static final int MAX_NAME_WORDS = 5;
    private static final char ALEF = ArabicNormalizer.ALEF;
    private static final char LAM = '\u0644';

    private enum Role { HEAD, QUOTED_HEAD, ROLE, STOP }

    private final Map<String, Role> words;

    private GroupNames(Map<String, Role> words) {
        this.words = WordLookup.mapOf(words);
    }

    /** The bundled word list; a bad row is refused with its file and line. */
    public static GroupNames loadDefault() {
        Map<String, Role> words = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(GroupNames.class, RESOURCE, 2)) {
            Role role = switch (row.cell(1)) {
                case "head" -> Role.HEAD;
                case "quoted-head" -> Role.QUOTED_HEAD;
                case "role" -> Role.ROLE;
                case "stop" -> Role.STOP;
                default -> throw row.error("role must be head, quoted-head, role or stop, not '" + row.cell(1) + "'");
            };
            words.put(ArabicNormalizer.key(row.cell(0)), role);
        }
        return new GroupNames(words);
    }

    /** The words that can open a group name ({@code head} and {@code quoted-head} words). */
    Set<String> headWords() {
        Set<String> out = new HashSet<>();
        words.forEach((word, role) -> {
            if (role == Role.HEAD || role == Role.QUOTED_HEAD) {
                out.add(word);
            }
        });
        return out;
    }

    /** A name found: its words as written, where it stands, how it was recognised, the token after it. */
    record Found(String name, Span span, ActorMention.How how, int endToken) {
    }

    /** A group or person name starting at token {@code i}, or {@code null}. */
    Found at(AnalyzedText field, int i, PhraseIndex<?> known) {
        List<Token> tokens = field.tokens();
        Token t = tokens.get(i);
        if (t.isPunct('"')) {
            return quotedPerson(field, i);
        }
        if (!t.isWord()) {
            return null;
        }
        boolean quoted = i > 0 && tokens.get(i - 1).isPunct('"');
        List<Proclitics.Reading> readings = t.readings();
        for (int k = 0; k < readings.size(); k++) {
            Proclitics.Reading reading = readings.get(k);
            Role role = words.get(reading.form());
            if (role == Role.HEAD || (role == Role.QUOTED_HEAD && quoted)) {
                int end = quoted ? quotedEnd(tokens, i + 1, known) : definiteEnd(tokens, i + 1, known);
                if (end > i + 1) {
                    Span span = field.text().toOriginal(t.start() + reading.prefix(), tokens.get(end - 1).end());
                    return new Found(span.of(field.original()), span, ActorMention.How.NEW_GROUP, end);
                }
            }
        }
        return null;
    }

    /** End of a quoted name: up to the closing quote, never into a known name or a stop word. */
    private int quotedEnd(List<Token> tokens, int from, PhraseIndex<?> known) {
        int j = from;
        while (j < tokens.size() && j - from < MAX_NAME_WORDS && tokens.get(j).isWord()
                && words.get(tokens.get(j).text()) != Role.STOP && known.longestAt(tokens, j) == null) {
            j++;
        }
        boolean closed = j < tokens.size() && tokens.get(j).isPunct('"');
        return closed ? j : from;
    }

    /** End of an unquoted name: one or two definite words ({@code ال...}) that are not stop words. */
    private int definiteEnd(List<Token> tokens, int from, PhraseIndex<?> known) {
        int j = from;
        while (j < tokens.size() && j - from < 2 && tokens.get(j).isWord() && isDefinite(tokens.get(j).text())
                && words.get(tokens.get(j).text()) != Role.STOP && known.longestAt(tokens, j) == null) {
            j++;
        }
        return j;
    }

    /** {@code "name name" role}: a quoted name of two or three words followed by a role noun. */
    private Found quotedPerson(AnalyzedText field, int i) {
        List<Token> tokens = field.tokens();
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).isWord() && j - i <= 3) {
            j++;
        }
        int words = j - i - 1;
        if (words < 2 || words > 3 || j + 1 >= tokens.size() || !tokens.get(j).isPunct('"')
                || isDefinite(tokens.get(i + 1).text())) {
            return null; // a personal name does not open with the article
        }
        Token next = tokens.get(j + 1);
        if (!next.isWord() || this.words.get(next.text()) != Role.ROLE) {
            return null;
        }
        Span span = field.text().toOriginal(tokens.get(i + 1).start(), tokens.get(j - 1).end());
        return new Found(span.of(field.original()), span, ActorMention.How.PERSON, j + 1);
    }

    private static boolean isDefinite(String word) {
        return word.length() > 3 && word.charAt(0) == ALEF && word.charAt(1) == LAM;
    }
}
