package org.marsad.text.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.model.Span;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;
import org.marsad.text.numbers.Quantity;
import org.marsad.text.numbers.Token;
import org.marsad.text.numbers.Tokenizer;

/**
 * Finds the dates a report mentions: calendar dates ({@link AbsoluteDates}) and dates relative to the
 * report's own date ({@link RelativeDates}). The report date is passed in, never read from the clock.
 *
 * <p>One left-to-right pass over the tokens of the normalized text; at each token a calendar date is tried
 * before a relative one, and a match consumes its tokens, so mentions do not overlap and come in text order.
 * Spans are in the ORIGINAL text. Stateless; safe to share between threads.
 */
public final class DateRecognizer {

    public DateRecognizer() {
        // lexicons are loaded once, when the classes are initialised
    }

    public List<DateMention> find(NormalizedText text, LocalDate reportDate) {
        Objects.requireNonNull(text, "text");
        return find(text, Tokenizer.tokenize(text.normalized()), reportDate);
    }

    /**
     * As {@link #find(NormalizedText, LocalDate)}, over the {@link Tokenizer tokens} of {@code text} a caller
     * already has (the number recognizer reads the same ones).
     */
    public List<DateMention> find(NormalizedText text, List<Token> tokens, LocalDate reportDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(reportDate, "reportDate");
        List<DateMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!mayOpenDate(tokens.get(i))) {
                i++;
                continue;
            }
            DateMatch m = AbsoluteDates.at(tokens, i, reportDate);
            if (m == null) {
                m = RelativeDates.at(tokens, i, reportDate);
            }
            if (m == null) {
                i++;
                continue;
            }
            if (!m.isRejected()) {
                found.add(new DateMention(m.date(), m.endDate(), m.precision(), m.relative(), spanOf(text, m), m.first()));
            }
            i = Math.max(m.endToken(), i + 1);
        }
        return found;
    }

    /** A number, or a word one of whose forms opens some date expression: no date starts anywhere else. */
    private static boolean mayOpenDate(Token t) {
        return t.isNumber() || t.isWord() && DateWords.OPENERS.contains(t.text());
    }

    /**
     * The quantities that do not overlap a date: the day and year of {@code 14 شباط 2017} are no counts.
     * Both lists must come from the same text.
     */
    public static List<Quantity> outsideDates(List<Quantity> quantities, List<DateMention> dates) {
        List<Quantity> kept = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            boolean inDate = false;
            for (DateMention d : dates) {
                if (d.span().overlaps(q.span())) {
                    inDate = true;
                    break;
                }
            }
            if (!inDate) {
                kept.add(q);
            }
        }
        return kept;
    }

    /** The original span, extended over a tatweel that ends it: {@code هـ} is one written sign. */
    private static Span spanOf(NormalizedText text, DateMatch m) {
        Span span = text.toOriginal(m.start(), m.end());
        String original = text.original();
        int end = span.end();
        while (end < original.length() && original.charAt(end) == ArabicNormalizer.TATWEEL) {
            end++;
        }
        return new Span(span.start(), end);
    }
}
