package org.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One news report as read from its input, before any analysis.
 *
 * @param id        stable identifier: the input's {@code id}, or the file name without its extension
 * @param title     the headline, possibly empty
 * @param text      the body; every span Marsad reports for this report is an index into this string
 * @param published when the source says it was published, or {@code null} when it does not say
 * @param url       where it was published, or {@code null}
 * @param source    the publisher (e.g. {@code BBC}), or {@code null}
 * @param origin    where Marsad read it: a file path, {@code path:line} for JSON Lines, or {@code <stdin>}
 */
public record Report(String id, String title, String text, PublishedTime published, String url, String source,
                     String origin) {

    public Report {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("report id must not be blank (origin: " + origin + ")");
        }
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
    }

    public Optional<PublishedTime> publishedTime() {
        return Optional.ofNullable(published);
    }
}
