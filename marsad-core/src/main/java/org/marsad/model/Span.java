package org.marsad.model;

/**
 * A half-open range {@code [start, end)} of a text, in UTF-16 code units (Java {@code String} indices).
 * Every span Marsad reports points into the original report text, never into a normalized copy.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start index must not be negative: start=" + start);
        }
        if (start > end) {
            throw new IllegalArgumentException(
                    "start index must not be larger than end index: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered characters of {@code text}, which must be the text this span was taken from. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " lies beyond a text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        int c = Integer.compare(start, other.start);
        return c != 0 ? c : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ".." + end + ")";
    }
}
