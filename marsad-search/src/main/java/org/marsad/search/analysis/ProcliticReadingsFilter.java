package org.marsad.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.Proclitics;

/**
 * Adds, at the same position as a folded word, its readings with the proclitics taken off
 * ({@link Proclitics#readings(String, boolean)} without the article): {@code بقصف} is also {@code قصف},
 * {@code لجيش} also {@code جيش}, {@code للهيئة} also {@code الهيئة}. Lucene's light stemmer leaves the
 * prepositions ب، ك، ل and the conjunction ف on the word because stripping them blindly eats real letters
 * ({@code بلدة}); stacking the reading beside the word keeps both, so a search finds the bare word inside its
 * prefixed forms while the written form still matches itself. Every reading keeps the word's offsets.
 */
final class ProcliticReadingsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private State word;

    ProcliticReadingsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<Proclitics.Reading> readings = Proclitics.readings(term.toString(), false);
        for (int i = 1; i < readings.size(); i++) {
            pending.add(readings.get(i).form());
        }
        if (!pending.isEmpty()) {
            word = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}
