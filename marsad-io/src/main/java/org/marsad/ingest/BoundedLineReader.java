package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than {@code maxLineBytes} of one line: a longer
 * line is read to its end and dropped, and reported as too long. Works on code units of one byte (UTF-8 and
 * the single-byte code pages, where a line feed is always the byte 0x0A) or two bytes (UTF-16 LE/BE). A
 * carriage return before the line feed is dropped. Not thread-safe.
 */
final class BoundedLineReader {

    /** One line: its bytes (without terminator) unless it was too long, and its 1-based number. */
    record Line(long number, byte[] bytes, int length, long byteLength) {

        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int unit;
    private final boolean bigEndian;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private long number;

    BoundedLineReader(InputStream in, Encoding encoding, int maxLineBytes) {
        this.in = in;
        this.unit = encoding.asciiCompatible() ? 1 : 2;
        this.bigEndian = encoding.charset().name().equals("UTF-16BE");
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        long total = 0;
        boolean any = false;
        boolean tooLong = false;
        while (true) {
            if (position + unit > limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            if (isLineFeed()) {
                position += unit;
                break;
            }
            if (!tooLong) {
                if (length + unit > maxLineBytes) {
                    tooLong = true;
                } else {
                    if (length + unit > line.length) {
                        line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(16L, line.length * 2L)));
                    }
                    for (int k = 0; k < unit; k++) {
                        line[length++] = buffer[position + k];
                    }
                }
            }
            total += unit;
            position += unit;
        }
        number++;
        if (tooLong) {
            return new Line(number, null, 0, total);
        }
        if (length >= unit && isCarriageReturn(line, length - unit)) {
            length -= unit;
        }
        return new Line(number, line, length, total);
    }

    private boolean isLineFeed() {
        return codeUnit(buffer, position) == '\n';
    }

    private boolean isCarriageReturn(byte[] bytes, int at) {
        return codeUnit(bytes, at) == '\r';
    }

    private int codeUnit(byte[] bytes, int at) {
        if (unit == 1) {
            return bytes[at] & 0xFF;
        }
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    /** Refills the buffer keeping a partial code unit; false at the end of the stream. */
    private boolean fill() throws IOException {
        int rest = limit - position;
        System.arraycopy(buffer, position, buffer, 0, rest);
        position = 0;
        limit = rest;
        while (limit < unit) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                return false;
            }
            limit += n;
        }
        return true;
    }
}
