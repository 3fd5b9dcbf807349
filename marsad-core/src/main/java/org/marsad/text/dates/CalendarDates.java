package org.marsad.text.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Optional;

/** Builds a validated ISO date from day, month and year as printed, in either calendar. */
final class CalendarDates {

    private CalendarDates() {
    }

    /**
     * The date, or empty when it does not exist ({@code 31-02-2017}) or lies outside the range the JDK's
     * Umm al-Qura Hijri calendar covers. Two-digit Gregorian years are read as 20xx.
     */
    static Optional<LocalDate> of(int year, int month, int day, boolean hijri) {
        try {
            if (hijri) {
                return Optional.of(LocalDate.from(HijrahDate.of(year, month, day)));
            }
            int fullYear = year < 100 ? 2000 + year : year;
            if (fullYear < 1900 || fullYear > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(fullYear, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a printed number can be a year of the calendar. */
    static boolean plausibleYear(int year, boolean hijri) {
        return hijri ? year >= 1300 && year <= 1500 : year >= 1900 && year <= 2100;
    }
}
