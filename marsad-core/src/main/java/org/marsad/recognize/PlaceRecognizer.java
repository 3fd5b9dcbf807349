package org.marsad.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.geocode.gazetteer.Gazetteer;
import org.marsad.geocode.gazetteer.GazetteerEntry;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;

/**
 * Finds place names in a report by longest gazetteer match over normalized tokens (proclitics allowed on the
 * first word: {@code بريف إدلب}، {@code وإدلب}، {@code لمدينة}), and notes the cue before each. Names inside
 * an actor's name are never places ({@code الشام} in {@code هيئة تحرير الشام}): the caller passes the actor
 * spans. A cue word that starts a gazetteer name ({@code محافظة الرقة}) is read as a cue before the name when
 * the rest is a name too. Which candidate a name stands for is decided later, in
 * {@link org.marsad.geocode.PlaceResolver}. Immutable; may be shared between threads.
 */
public final class PlaceRecognizer {

    private static final char WAW = '\u0648';
    private static final char BEH = '\u0628';
    private static final String ARTICLE = "\u0627\u0644";

    /** Names shorter than this ({@code بن}، {@code ال}) are places only after a strong cue. */
    private static final int MIN_LETTERS = 3;
    /** How many unknown items may stand between two places of one list. */
    private static final int MAX_LIST_GAP = 3;

    private final Gazetteer gazetteer;
    private final PlaceWords words;
    private final int maxWords;

    public PlaceRecognizer(Gazetteer gazetteer, PlaceWords words) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.words = Objects.requireNonNull(words, "words");
        this.maxWords = Math.max(1, gazetteer.maxNameTokens());
    }

    /** The place mentions of one field, skipping names that overlap {@code blocked} spans (original offsets). */
    public List<PlaceMention> recognize(AnalyzedText field, List<Span> blocked) {
        List<Token> tokens = field.tokens();
        List<PlaceMention> out = new ArrayList<>();
        // a report repeats its words (في، على، سوريا، الغوطة): each key is probed in the large index once
        Map<String, Gazetteer.KeyHits> probed = new HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Candidate c = tokens.get(i).isWord() ? longestAt(tokens, i, probed) : null;
            if (c == null) {
                i++;
                continue;
            }
            Span span = field.text().toOriginal(tokens.get(i).start() + c.prefix, tokens.get(c.end - 1).end());
            if (overlaps(span, blocked)) {
                i = c.end;
                continue;
            }
            if (words.cue(c.key) != null) {
                i++; // a cue word (مدينة، محيط) is never itself the place; the name may follow it
                continue;
            }
            PlaceCue cue = cueBefore(tokens, i, c.prefix, out);
            boolean needsStrongCue = words.isStopword(c.key) || letters(c.key) < MIN_LETTERS || articleVariant(c.key);
            if (cue == PlaceCue.WEAK && quoted(tokens, i) && !needsStrongCue) {
                cue = PlaceCue.SETTLEMENT; // عبر "خناصر": a quoted name after a preposition is a proper name
            }
            if (!needsStrongCue || cue.isStrong()) {
                out.add(new PlaceMention(c.key, c.entries, cue, field.field(), span, i, c.end, needsStrongCue));
            }
            i = c.end;
        }
        return out;
    }

    /** A name at a position: its key, the entries it may stand for, the proclitics before it, its end token. */
    private record Candidate(String key, List<GazetteerEntry> entries, int prefix, int end) {
    }

    /**
     * The longest gazetteer name at token i, of at most {@code maxWords} words; at equal length the first
     * reading of the first word wins (the word as written before its readings without proclitics). Each
     * reading is extended word by word only while the words so far begin some gazetteer name. A leading cue
     * word is left out when the rest is a name.
     */
    private Candidate longestAt(List<Token> tokens, int i, Map<String, Gazetteer.KeyHits> probed) {
        Proclitics.Reading best = null;
        String bestKey = null;
        List<GazetteerEntry> bestEntries = null;
        int bestEnd = i;
        List<Proclitics.Reading> readings = tokens.get(i).readings();
        for (int k = 0; k < readings.size(); k++) {
            Proclitics.Reading r = readings.get(k);
            String key = r.form();
            for (int end = i + 1; ; end++) {
                Gazetteer.KeyHits hits = !gazetteer.mayHold(key) ? Gazetteer.KeyHits.NONE
                        : probed.computeIfAbsent(key, gazetteer::lookupKey);
                if (!hits.entries().isEmpty() && end > bestEnd) {
                    best = r;
                    bestKey = key;
                    bestEntries = hits.entries();
                    bestEnd = end;
                }
                if (!hits.namePrefix() || end - i == maxWords || end == tokens.size() || !tokens.get(end).isWord()) {
                    break;
                }
                key = key + ' ' + tokens.get(end).text();
            }
        }
        if (best == null) {
            return null;
        }
        if (bestEnd - i > 1 && words.cue(best.form()) != null && words.cue(best.form()).isStrong()
                && !gazetteer.lookup(key("", tokens, i + 1, bestEnd).strip()).isEmpty()) {
            return null; // read as cue + name: the name is found at the next token
        }
        return new Candidate(bestKey, bestEntries, best.prefix(), bestEnd);
    }

    /**
     * True when the text reaches the entries only through a spelling the gazetteer derived by adding or
     * dropping the article ({@code السورية} from {@code سورية}, {@code خرج} from {@code الخرج}); writing a
     * compound with or without its space ({@code كفروما}) is an ordinary spelling and does not count.
     */
    private boolean articleVariant(String key) {
        if (!gazetteer.lookupExact(key).isEmpty()) {
            return false;
        }
        boolean dropped = !gazetteer.lookupExact(ARTICLE + key).isEmpty();
        boolean added = key.startsWith(ARTICLE) && !gazetteer.lookupExact(key.substring(ARTICLE.length())).isEmpty();
        return dropped || added;
    }

    private static String key(String first, List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder(first);
        for (int k = from; k < to; k++) {
            b.append(' ').append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** What the words before token i (and the proclitics on it) say about the name there. */
    private PlaceCue cueBefore(List<Token> tokens, int i, int prefix, List<PlaceMention> earlier) {
        String clitics = tokens.get(i).text().substring(0, prefix);
        int k = i - 1;
        while (k >= 0 && (tokens.get(k).isPunct('"') || tokens.get(k).isPunct('\''))) {
            k--;
        }
        if (!clitics.isEmpty() && clitics.charAt(0) == WAW && !earlier.isEmpty()) {
            // the next item of a list: back over up to three other items (وسجنة وركايا) to a place
            PlaceMention last = earlier.get(earlier.size() - 1);
            int j = k;
            for (int items = 0; j > last.endToken() - 1 && items < MAX_LIST_GAP && isListItem(tokens.get(j)); items++) {
                j--;
            }
            if (j == last.endToken() - 1) {
                PlaceCue head = last.cue();
                return head.isStrong() || head == PlaceCue.LIST ? listCue(head) : PlaceCue.LIST;
            }
        }
        PlaceCue before = k >= 0 ? cueOf(tokens.get(k)) : null;
        if (before == PlaceCue.SETTLEMENT && k > 0 && cueOf(tokens.get(k - 1)) == PlaceCue.DIRECTION) {
            return PlaceCue.DIRECTION;
        }
        if (before != null) {
            return before;
        }
        if (clitics.indexOf(BEH) >= 0) {
            return PlaceCue.WEAK; // بإدلب: "in"; ل is left out, it mostly governs nouns of action (لوقف)
        }
        return PlaceCue.NONE;
    }

    /** In {@code ريفي حماة وإدلب} the second name shares the head's reading; settlement lists stay settlements. */
    private static PlaceCue listCue(PlaceCue head) {
        return head == PlaceCue.DIRECTION ? PlaceCue.LIST : head;
    }

    private PlaceCue cueOf(Token t) {
        if (!t.isWord()) {
            return null;
        }
        for (Proclitics.Reading r : t.readings()) {
            PlaceCue cue = words.cue(r.form());
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }

    private static boolean isListItem(Token t) {
        return t.isPunct('\u060C') || t.isPunct(',') || t.isWord() && t.text().charAt(0) == WAW;
    }

    /** The name starting at token i stands right after an opening quote. */
    private static boolean quoted(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isPunct('"');
    }

    private static int letters(String key) {
        int n = 0;
        for (int k = 0; k < key.length(); k++) {
            if (Character.isLetter(key.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlaps(Span span, List<Span> blocked) {
        for (Span b : blocked) {
            if (b.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
