package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The encoding detected for an input: its charset, and how many bytes of byte-order mark precede the text.
 *
 * @param charset   the charset to decode with
 * @param bomLength bytes of byte-order mark at the start of the input, to skip before decoding
 */
record Encoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    Encoding {
        Objects.requireNonNull(charset, "charset");
        if (bomLength < 0 || bomLength > 3) {
            throw new IllegalArgumentException("bomLength must be 0..3: " + bomLength);
        }
    }

    /** Whether a line feed is the single byte 0x0A in this encoding (true for every encoding but UTF-16). */
    boolean asciiCompatible() {
        return !charset.equals(StandardCharsets.UTF_16LE) && !charset.equals(StandardCharsets.UTF_16BE);
    }

    /**
     * Decodes strictly: a malformed or unmappable byte sequence is an error, never a replacement character.
     *
     * @throws UndecodableInputException naming the charset and the offset of the first bad byte
     */
    String decode(byte[] bytes, int offset, int length) throws UndecodableInputException {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) length * (long) Math.ceil(decoder.maxCharsPerByte()) + 1));
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UndecodableInputException("invalid " + charset.name() + " at byte "
                    + in.position() + (result.isMalformed() ? " (malformed sequence)" : " (unmapped byte)"));
        }
        out.flip();
        return out.toString();
    }
}
