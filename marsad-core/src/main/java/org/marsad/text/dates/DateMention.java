package org.marsad.text.dates;

import java.time.LocalDate;
import java.util.Objects;
import org.marsad.model.Span;

/**
 * A date a report mentions, resolved to the calendar.
 *
 * @param date          the date to code, per ACLED's time precision (codebook, "Where and when"): the day
 *                      itself (1); the midpoint of the week or range, rounded to the earlier day (2); the
 *                      middle of the month, or its first or last day for "beginning"/"end of" (3)
 * @param endDate       the last day of the period the text names; equal to {@code date} for a single day
 * @param timePrecision 1 day, 2 week, 3 month
 * @param relative      true when resolved against the report's date ("أمس", "الثلاثاء الماضي", a year
 *                      inferred for "14 فبراير")
 * @param span          in the ORIGINAL text
 * @param startDate     the first day the text names (before {@code date} when a week-precision span is coded by
 *                      its midpoint)
 */
public record DateMention(LocalDate date, LocalDate endDate, int timePrecision, boolean relative, Span span,
                          LocalDate startDate) {

    /** A mention of one day, or of a span that starts on its coded date. */
    public DateMention(LocalDate date, LocalDate endDate, int timePrecision, boolean relative, Span span) {
        this(date, endDate, timePrecision, relative, span, date);
    }

    public static final int DAY = 1;
    public static final int WEEK = 2;
    public static final int MONTH = 3;

    public DateMention {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(startDate, "startDate");
        if (startDate.isAfter(date)) {
            throw new IllegalArgumentException("startDate must not be after date: startDate=" + startDate + ", date=" + date);
        }
        if (endDate.isBefore(date)) {
            throw new IllegalArgumentException("endDate must not be before date: date=" + date + ", endDate=" + endDate);
        }
        if (timePrecision < DAY || timePrecision > MONTH) {
            throw new IllegalArgumentException("time precision must be 1 (day), 2 (week) or 3 (month): " + timePrecision);
        }
    }
}
