package org.marsad.text;

import java.util.Objects;
import org.marsad.model.Span;

/**
 * An original text beside its {@link ArabicNormalizer normalized} copy, with the map between them, so that
 * matching runs on the normalized copy and every match is reported in the original's UTF-16 offsets
 * (the idea of OpenNLP's {@code AlignedText}). Immutable; may be shared between threads.
 */
public final class NormalizedText {

    private final String original;
    private final String normalized;
    /**
     * {@code origin[i]} is the original index of normalized character i, for i up to and including the
     * normalized length (the end); slots after that are unused (the array is not trimmed to save a copy).
     */
    private final int[] origin;

    private NormalizedText(String original, String normalized, int[] origin) {
        this.original = original;
        this.normalized = normalized;
        this.origin = origin;
    }

    public static NormalizedText of(String original) {
        Objects.requireNonNull(original, "original");
        int n = original.length();
        char[] out = original.toCharArray(); // folded in place: the write index never passes the read index
        int[] origin = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char f = ArabicNormalizer.fold(out[i]);
            if (f != ArabicNormalizer.REMOVED) {
                out[k] = f;
                origin[k] = i;
                k++;
            }
        }
        origin[k] = n;
        return new NormalizedText(original, new String(out, 0, k), origin);
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    public int length() {
        return normalized.length();
    }

    /**
     * The original index of the normalized character at {@code index}; {@code length()} maps to the
     * original's length.
     */
    public int toOriginal(int index) {
        if (index < 0 || index > normalized.length()) {
            throw new IndexOutOfBoundsException("normalized index " + index + " outside [0, " + normalized.length() + "]");
        }
        return origin[index];
    }

    /**
     * The original span covering normalized {@code [start, end)}: from the first covered character to just
     * after the last one, so dropped marks inside a match are included and those after it are not.
     */
    public Span toOriginal(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException(
                    "start index must not be larger than end index: start=" + start + ", end=" + end);
        }
        if (start == end) {
            int at = toOriginal(start);
            return new Span(at, at);
        }
        int originalStart = toOriginal(start);
        int originalEnd = toOriginal(end - 1) + 1;
        // a surrogate pair is never split: extend over a trailing low surrogate
        if (originalEnd < original.length() && Character.isLowSurrogate(original.charAt(originalEnd))
                && Character.isHighSurrogate(original.charAt(originalEnd - 1))) {
            originalEnd++;
        }
        return new Span(originalStart, originalEnd);
    }

    public Span toOriginal(Span normalizedSpan) {
        return toOriginal(normalizedSpan.start(), normalizedSpan.end());
    }

    /**
     * The normalized index of the first normalized character at or after original index {@code index}.
     */
    public int fromOriginal(int index) {
        if (index < 0 || index > original.length()) {
            throw new IndexOutOfBoundsException("original index " + index + " outside [0, " + original.length() + "]");
        }
        int lo = 0;
        int hi = normalized.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return normalized;
    }
}
