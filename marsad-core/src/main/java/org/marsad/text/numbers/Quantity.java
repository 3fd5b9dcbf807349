package org.marsad.text.numbers;

import java.util.Objects;
import org.marsad.model.Span;

/**
 * A count found in a report.
 *
 * @param value the figure to code: the number itself, or for a {@link Kind#VAGUE} word the figure the ACLED
 *              codebook assigns ("Fatalities": dozens 12, hundreds 100, several 3, many 10)
 * @param kind  how firmly the text states it
 * @param span  in the ORIGINAL text, covering the qualifier and the number ({@code نحو 130})
 */
public record Quantity(long value, Kind kind, Span span) {

    public enum Kind {
        /** Stated as is: {@code 40}, {@code خمسة وعشرون}, {@code شخصين}. */
        EXACT,
        /** About: {@code نحو 130}, {@code قرابة}, {@code تقريبا}. */
        APPROXIMATE,
        /** At least / more than: {@code أكثر من 40}, {@code 40 على الأقل}. */
        AT_LEAST,
        /** At most / fewer than: {@code أقل من 10}, {@code دون 10}. */
        AT_MOST,
        /** A vague word coded by convention: {@code عشرات} → 12. */
        VAGUE
    }

    public Quantity {
        if (value < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + value);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
