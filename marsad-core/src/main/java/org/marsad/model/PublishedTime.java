package org.marsad.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When a report was published: the local date and time printed by the source, and its UTC offset where
 * the source states one. The report's own date ({@link #date()}) is the reference for relative dates such
 * as "yesterday"; it is the date at the stated offset, never converted to the reader's zone.
 */
public record PublishedTime(LocalDateTime dateTime, ZoneOffset offset) {

    public PublishedTime {
        Objects.requireNonNull(dateTime, "dateTime");
    }

    public static PublishedTime of(LocalDateTime dateTime) {
        return new PublishedTime(dateTime, null);
    }

    public static PublishedTime of(OffsetDateTime dateTime) {
        return new PublishedTime(dateTime.toLocalDateTime(), dateTime.getOffset());
    }

    /**
     * Parses ISO-8601 forms: {@code 2017-02-22}, {@code 2017-02-22T11:13}, {@code 2018-02-11T00:36:12+00:00},
     * {@code 2018-02-11T00:36:12Z}, with a space instead of {@code T} accepted.
     */
    public static Optional<PublishedTime> parseIso(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip().replace(' ', 'T');
        try {
            return Optional.of(of(OffsetDateTime.parse(s)));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(of(LocalDateTime.parse(s)));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(of(LocalDate.parse(s).atStartOfDay()));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }

    public Optional<ZoneOffset> zoneOffset() {
        return Optional.ofNullable(offset);
    }

    /** The report's own date, the anchor for relative date expressions. */
    public LocalDate date() {
        return dateTime.toLocalDate();
    }

    /** ISO-8601, to the minute when seconds are zero, with the offset when one was stated. */
    @Override
    public String toString() {
        LocalDateTime t = dateTime.truncatedTo(ChronoUnit.SECONDS);
        String local = t.getSecond() == 0
                ? t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"))
                : t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        return offset == null ? local : local + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId());
    }
}
