package org.marsad.model;

import java.util.Objects;

/** A piece of a report as it stands in the original: its characters and where they are. */
public record Mention(String text, Span span, TextField field) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(field, "field");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException(
                    "mention text length " + text.length() + " does not match its span " + span + ": " + text);
        }
    }

    /** The mention of {@code span} in the given field of {@code report}. */
    public static Mention of(Report report, TextField field, Span span) {
        return new Mention(span.of(field.of(report)), span, field);
    }
}
