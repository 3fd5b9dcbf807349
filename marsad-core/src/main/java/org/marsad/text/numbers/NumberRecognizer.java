package org.marsad.text.numbers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Span;
import org.marsad.text.NormalizedText;
import org.marsad.text.WordLookup;

/**
 * Finds counts in a report: numbers in digits or words ({@link Cardinals}), the qualifiers around them
 * ({@code نحو 130}, {@code أكثر من 40}, {@code 40 على الأقل}; {@code qualifiers.tsv}), vague amounts coded as
 * the ACLED codebook prescribes ({@code عشرات} → 12; {@code vague.tsv}) and dual nouns that count two
 * ({@code شخصين}; {@code dual-nouns.tsv}).
 *
 * <p>Matching runs over the normalized text in one left-to-right pass over its tokens; quantities do not
 * overlap and come in text order, with spans in the ORIGINAL text. Digits that form a date, a clock, a
 * percentage, a measure or a year are not reported. A number that begins a date written with a month name
 * ({@code 14 شباط}) is reported: callers drop quantities that overlap a date mention.
 * Stateless; safe to share between threads.
 */
public final class NumberRecognizer {

    private enum Position { BEFORE, AFTER }

    private record Qualifier(Quantity.Kind kind, Position position) {
    }

    private static final PhraseTable<Qualifier> QUALIFIERS = PhraseTable.load(NumberRecognizer.class,
            "qualifiers.tsv", 3, row -> {
                try {
                    Quantity.Kind kind = Quantity.Kind.valueOf(row.cell(1));
                    if (kind == Quantity.Kind.EXACT || kind == Quantity.Kind.VAGUE) {
                        throw row.error("a qualifier cannot be " + kind);
                    }
                    return new Qualifier(kind, Position.valueOf(row.cell(2).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw row.error("expected kind APPROXIMATE, AT_LEAST or AT_MOST and position before or after,"
                            + " found '" + row.cell(1) + "', '" + row.cell(2) + "'");
                }
            });

    private static final PhraseTable<Long> VAGUE = PhraseTable.load(NumberRecognizer.class, "vague.tsv", 2,
            row -> row.longCell(1));

    private static final PhraseTable<Long> DUALS = PhraseTable.load(NumberRecognizer.class, "dual-nouns.tsv", 2,
            row -> row.longCell(1));

    /** The definite article, glued to digits in {@code قرابة الـ100} and to duals in {@code الشخصين}. */
    private static final String ARTICLE = "\u0627\u0644";

    /**
     * Every word a quantity can open with, in some form without proclitics: qualifiers that stand before a
     * number ({@code نحو}; not those after one, {@code على الأقل}), vague amounts, number words and dual nouns,
     * these also with the article; each also as written with proclitics ({@link Proclitics#writtenForms}), so
     * that a word itself is looked up.
     */
    private static final Set<String> OPENERS = openers();

    /** How many words may stand between a count and a trailing qualifier: {@code 40 مدنيا على الأقل}. */
    private static final int MAX_WORDS_BEFORE_TRAILING_QUALIFIER = 2;

    public NumberRecognizer() {
        // lexicons are loaded once, when the class is initialised
    }

    private static Set<String> openers() {
        Set<String> out = new HashSet<>();
        out.addAll(QUALIFIERS.firstWords(q -> q.position() == Position.BEFORE));
        out.addAll(VAGUE.firstWords());
        out.addAll(Cardinals.firstWords());
        for (String dual : DUALS.firstWords()) {
            out.add(dual);
            out.add(ARTICLE + dual);
        }
        return WordLookup.setOf(Proclitics.writtenForms(out));
    }

    public List<Quantity> find(NormalizedText text) {
        return find(text, Tokenizer.tokenize(text.normalized()));
    }

    /**
     * As {@link #find(NormalizedText)}, over the {@link Tokenizer tokens} of {@code text} a caller already has
     * (the date recognizer reads the same ones).
     */
    public List<Quantity> find(NormalizedText text, List<Token> tokens) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!mayOpenQuantity(tokens.get(i))) {
                i++;
                continue;
            }
            int next = matchAt(text, tokens, i, found);
            i = Math.max(next, i + 1);
        }
        return found;
    }

    /** A number, or a word one of whose forms opens some quantity: no quantity starts anywhere else. */
    private static boolean mayOpenQuantity(Token t) {
        return t.isNumber() || t.isWord() && OPENERS.contains(t.text());
    }

    /** Adds the quantity starting at token {@code i} if there is one; returns the token to continue at. */
    private static int matchAt(NormalizedText text, List<Token> tokens, int i, List<Quantity> found) {
        Optional<PhraseTable.Hit<Qualifier>> q = QUALIFIERS.at(tokens, i, true)
                .filter(h -> h.value().position() == Position.BEFORE);
        if (q.isPresent()) {
            int start = tokens.get(i).start() + q.get().skip();
            int k = skipGluedArticle(tokens, q.get().end());
            Optional<PhraseTable.Hit<Long>> vague = VAGUE.at(tokens, k, true);
            if (vague.isPresent()) {
                found.add(new Quantity(vague.get().value(), Quantity.Kind.VAGUE,
                        text.toOriginal(start, tokens.get(vague.get().end() - 1).end())));
                return vague.get().end();
            }
            Optional<Cardinals.Cardinal> c = Cardinals.at(tokens, k);
            if (c.isPresent()) {
                if (c.get().count()) {
                    found.add(new Quantity(c.get().value(), q.get().value().kind(),
                            text.toOriginal(start, c.get().end())));
                }
                return c.get().endToken();
            }
        }
        Optional<PhraseTable.Hit<Long>> vague = VAGUE.at(tokens, i, true);
        if (vague.isPresent()) {
            int start = tokens.get(i).start() + vague.get().skip();
            found.add(new Quantity(vague.get().value(), Quantity.Kind.VAGUE,
                    text.toOriginal(start, tokens.get(vague.get().end() - 1).end())));
            return vague.get().end();
        }
        Optional<Cardinals.Cardinal> c = Cardinals.at(tokens, i);
        if (c.isPresent()) {
            if (!c.get().count()) {
                return c.get().endToken();
            }
            return addWithTrailingQualifier(text, tokens, c.get(), found);
        }
        Optional<Long> dual = dualAt(tokens.get(i));
        dual.ifPresent(v -> found.add(new Quantity(v, Quantity.Kind.EXACT,
                text.toOriginal(tokens.get(i).start(), tokens.get(i).end()))));
        return i + 1;
    }

    private static int addWithTrailingQualifier(NormalizedText text, List<Token> tokens, Cardinals.Cardinal c,
                                                List<Quantity> found) {
        for (int k = c.endToken(); k <= c.endToken() + MAX_WORDS_BEFORE_TRAILING_QUALIFIER && k < tokens.size();
             k++) {
            Optional<PhraseTable.Hit<Qualifier>> after = QUALIFIERS.at(tokens, k, false)
                    .filter(h -> h.value().position() == Position.AFTER);
            if (after.isPresent()) {
                found.add(new Quantity(c.value(), after.get().value().kind(),
                        text.toOriginal(c.start(), tokens.get(after.get().end() - 1).end())));
                return after.get().end();
            }
            boolean plainWord = tokens.get(k).isWord() && Cardinals.at(tokens, k).isEmpty()
                    && VAGUE.at(tokens, k, true).isEmpty();
            if (!plainWord) {
                break;
            }
        }
        found.add(new Quantity(c.value(), Quantity.Kind.EXACT, text.toOriginal(c.start(), c.end())));
        return c.endToken();
    }

    /** {@code قرابة الـ100}: the article glued to the digits belongs to the span but not to the number. */
    private static int skipGluedArticle(List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && tokens.get(k).isWord() && tokens.get(k).text().equals(ARTICLE)
                && tokens.get(k).gluedTo(tokens.get(k + 1)) && tokens.get(k + 1).isNumber()) {
            return k + 1;
        }
        return k;
    }

    private static Optional<Long> dualAt(Token t) {
        if (!t.isWord()) {
            return Optional.empty();
        }
        for (String form : t.forms()) {
            Optional<Long> v = DUALS.get(form);
            if (v.isEmpty() && form.startsWith(ARTICLE)) {
                v = DUALS.get(form.substring(ARTICLE.length()));
            }
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }
}
