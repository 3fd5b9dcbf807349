package org.marsad.recognize;

import java.util.List;
import java.util.Objects;
import org.marsad.knowledge.actors.ActorRecord;
import org.marsad.model.Span;
import org.marsad.model.TextField;

/**
 * A place in a report where an actor is named.
 *
 * @param candidates the registry actors the words may stand for, best first; empty for a group or person the
 *                   registry lacks
 * @param newName    for a group or person the registry lacks: its name as the report writes it; else {@code null}
 * @param how        how it was recognised
 * @param field      title or body
 * @param span       original offsets in that field
 */
public record ActorMention(List<ActorRecord> candidates, String newName, How how, TextField field, Span span) {

    /** How a mention was recognised. */
    public enum How {
        /** A registry name or alias. */
        NAME,
        /** An anaphoric short form ({@code الهيئة}) after the full name appeared earlier in the report. */
        SHORT_FORM,
        /** A group word with a name ({@code لواء ...}, {@code "كتيبة ..."}) the registry lacks. */
        NEW_GROUP,
        /** A person introduced with a role ({@code "..." مدير المكتب الإعلامي}). */
        PERSON
    }

    public ActorMention {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(span, "span");
        if (candidates.isEmpty() == (newName == null)) {
            throw new IllegalArgumentException("a mention needs either registry candidates or a new name, not both: " + span);
        }
    }

    /** The key that groups mentions of the same actor: the registry id, or {@code new:<normalized name>}. */
    public String key() {
        return candidates.isEmpty() ? "new:" + org.marsad.text.ArabicNormalizer.key(newName) : candidates.get(0).id();
    }
}
