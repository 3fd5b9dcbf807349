package org.marsad.text.dates;

import java.time.LocalDate;

/**
 * A date found over normalized {@code [start, end)}, ending before token {@code endToken}; a
 * {@link #rejected} match has no date and only tells the caller to skip its tokens ({@code 31 فبراير 2017}
 * must not become "February 2017").
 */
record DateMatch(LocalDate date, LocalDate endDate, int precision, boolean relative, int start, int end,
                 int endToken, LocalDate first) {

    /** A match whose span starts on its coded date. */
    DateMatch(LocalDate date, LocalDate endDate, int precision, boolean relative, int start, int end, int endToken) {
        this(date, endDate, precision, relative, start, end, endToken, date);
    }

    static DateMatch rejected(int start, int end, int endToken) {
        return new DateMatch(null, null, 0, false, start, end, endToken);
    }

    boolean isRejected() {
        return date == null;
    }

    /** A day, or a range whose coded date follows the precision's rule (first day; midpoint for a week). */
    static DateMatch range(LocalDate first, LocalDate last, int precision, boolean relative, int start, int end,
                           int endToken) {
        LocalDate date = first;
        if (precision == DateMention.WEEK) {
            date = first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2);
        }
        return new DateMatch(date, last, precision, relative, start, end, endToken, first);
    }
}
