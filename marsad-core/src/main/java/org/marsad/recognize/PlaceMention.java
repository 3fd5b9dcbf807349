package org.marsad.recognize;

import java.util.List;
import java.util.Objects;
import org.marsad.geocode.gazetteer.GazetteerEntry;
import org.marsad.model.Span;
import org.marsad.model.TextField;

/**
 * A place name found in a report, before resolution: every gazetteer entry it may stand for.
 *
 * @param key        the name's lookup key (normalized, without proclitics)
 * @param candidates the gazetteer entries of that name
 * @param cue        what the words before it say
 * @param field      title or body
 * @param span       original offsets of the name in that field
 * @param startToken first token of the name in the field's token list
 * @param endToken   one past its last token
 * @param common     the name is also a common word (taken only because a strong cue stands before it)
 */
public record PlaceMention(String key, List<GazetteerEntry> candidates, PlaceCue cue, TextField field, Span span,
                           int startToken, int endToken, boolean common) {

    public PlaceMention {
        Objects.requireNonNull(key, "key");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a place mention needs at least one candidate: " + key);
        }
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(span, "span");
    }
}
