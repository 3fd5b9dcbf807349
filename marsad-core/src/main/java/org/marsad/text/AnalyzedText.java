package org.marsad.text;

import java.util.List;
import java.util.Objects;
import org.marsad.model.Span;
import org.marsad.model.TextField;

/**
 * One field of a report (title or body) as the text stage leaves it for the later stages: the original
 * beside its normalized copy, its tokens (normalized offsets) and its sentences (original offsets).
 */
public record AnalyzedText(TextField field, NormalizedText text, List<Token> tokens, List<Span> sentences) {

    public AnalyzedText {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    /**
     * The index of the first token starting at or after original offset {@code offset}, or the token count
     * when none does (binary search over the tokens' original starts).
     */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (text.toOriginal(tokens.get(mid).start()) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The original offset where token {@code i} starts. */
    public int originalStart(int i) {
        return text.toOriginal(tokens.get(i).start());
    }

    public static AnalyzedText of(TextField field, String original) {
        NormalizedText text = NormalizedText.of(original);
        return new AnalyzedText(field, text, Tokenizer.tokenize(text), SentenceSplitter.split(original));
    }

    public String original() {
        return text.original();
    }


    /** The sentence holding original offset {@code at}, or the whole text when no sentence does. */
    public Span sentenceAt(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (at < s.start()) {
                hi = mid - 1;
            } else if (at >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return new Span(0, original().length());
    }
}
