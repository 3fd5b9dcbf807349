package org.marsad.ingest;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.marsad.model.PublishedTime;
import org.marsad.text.dates.DateLineParser;

/**
 * Reads a publication time as sources write it in metadata: ISO-8601 ({@link PublishedTime#parseIso}),
 * RFC 822 / RFC 1123 as in RSS {@code pubDate} ({@code Sun, 11 Feb 2018 00:36:12 GMT}, also with a named
 * zone such as {@code EST}), or an Arabic date line ({@link DateLineParser}). Stateless.
 */
final class PublishedTimeParser {

    /** RFC 822 with a zone name or offset, day of week and seconds optional (RSS 2.0 specification, pubDate). */
    private static final DateTimeFormatter RFC_822_NAMED_ZONE =
            DateTimeFormatter.ofPattern("[EEE, ]d MMM uuuu HH:mm[:ss] [z][xx]", Locale.ENGLISH);

    private PublishedTimeParser() {
    }

    static Optional<PublishedTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        Optional<PublishedTime> iso = PublishedTime.parseIso(s);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            return Optional.of(PublishedTime.of(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)));
        } catch (DateTimeParseException notRfc1123) {
            try {
                return Optional.of(PublishedTime.of(ZonedDateTime.parse(s, RFC_822_NAMED_ZONE).toOffsetDateTime()));
            } catch (DateTimeParseException notRfc822) {
                return DateLineParser.parse(s).map(PublishedTime::of);
            }
        }
    }
}
