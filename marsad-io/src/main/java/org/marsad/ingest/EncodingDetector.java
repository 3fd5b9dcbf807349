package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.marsad.text.ArabicNormalizer;

/**
 * Decides how the bytes of an input are encoded: UTF-8 (with or without BOM), UTF-16 LE/BE (by BOM, or
 * without one by where the zero bytes fall), or one of the two single-byte Arabic code pages, Windows-1256
 * and ISO-8859-6. Anything else (binary data, broken UTF-8 that no Arabic code page explains) is refused
 * with a reason.
 *
 * <p>Order of the tests, from the most to the least certain evidence: a byte-order mark; zero bytes (never
 * in UTF-8 or single-byte text, but in every UTF-16 text with spaces or digits); strict UTF-8 (a random
 * non-ASCII byte string is almost never valid UTF-8); then both Arabic code pages, keeping the one that
 * maps every byte and reads most like Arabic. Immutable; may be shared between threads.
 */
final class EncodingDetector {

    /** How much of an input is looked at to decide; the rest is decoded strictly with the decision. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_SEMICOLON = '\u061B';
    private static final char ARABIC_QUESTION_MARK = '\u061F';
    private static final char ARABIC_PERCENT = '\u066A';
    /** Share of characters that must be ordinary letters, digits and punctuation in a single-byte reading. */
    private static final double MIN_PLAUSIBLE_SHARE = 0.9;
    /** Share of non-space characters that must be Arabic letters to call a single-byte text Arabic. */
    private static final double MIN_ARABIC_SHARE = 0.3;

    private final PhraseList commonWords;

    EncodingDetector(PhraseList commonWords) {
        this.commonWords = commonWords;
    }

    /**
     * Detects the encoding of {@code bytes[0..length)}.
     *
     * @param truncated whether the bytes are only the start of a longer input, so that the last character
     *                  may be cut
     * @throws UndecodableInputException saying what was wrong with the bytes
     */
    Encoding detect(byte[] bytes, int length, boolean truncated) throws UndecodableInputException {
        Encoding bom = byBom(bytes, length);
        if (bom != null) {
            return bom;
        }
        int sample = Math.min(length, SAMPLE_BYTES);
        boolean sampleCut = truncated || sample < length;
        int zeros = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        if (zeros > 0) {
            Encoding utf16 = utf16ByZeroPattern(bytes, sample);
            if (utf16 == null) {
                throw new UndecodableInputException("contains NUL bytes (" + zeros + " in the first " + sample
                        + " bytes) and is not UTF-16 text: binary data?");
            }
            return utf16;
        }
        int badUtf8 = firstInvalidUtf8(bytes, sample, sampleCut);
        if (badUtf8 < 0) {
            return new Encoding(StandardCharsets.UTF_8, 0);
        }
        return singleByteArabic(bytes, sample, sampleCut, badUtf8);
    }

    /**
     * Decodes a whole input: detects, decodes strictly, refuses text full of control characters, and drops
     * the byte-order mark.
     */
    String decode(byte[] bytes, int length) throws UndecodableInputException {
        Encoding encoding = detect(bytes, length, false);
        String text = encoding.decode(bytes, encoding.bomLength(), length - encoding.bomLength());
        refuseControlCharacters(text);
        return stripBom(text);
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * Refuses text where more than one character in a hundred is a control character other than tab, line
     * feed, carriage return and form feed: bytes that decode but are not text.
     */
    static void refuseControlCharacters(String text) throws UndecodableInputException {
        int controls = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                controls++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (controls > 0 && controls * 100L > text.length()) {
            throw new UndecodableInputException(controls + " control characters in " + text.length()
                    + " (first U+" + String.format(Locale.ROOT, "%04X", (int) text.charAt(first)) + " at char "
                    + first + "): binary data?");
        }
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    private static Encoding byBom(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /**
     * UTF-16 without a BOM: in text the high byte of almost every code unit is 0x00 (ASCII: spaces, digits,
     * line breaks) or 0x06 (the Arabic block), or 0x20 / 0xFB / 0xFE (punctuation, presentation forms),
     * while zero bytes never fall in the low-byte position. Random binary data has neither property.
     */
    private static Encoding utf16ByZeroPattern(byte[] b, int length) {
        int units = length / 2;
        if (units < 2) {
            return null;
        }
        int[] textHigh = new int[2];
        int[] zeros = new int[2];
        for (int i = 0; i < units * 2; i++) {
            int v = b[i] & 0xFF;
            int parity = i & 1;
            if (v == 0) {
                zeros[parity]++;
            }
            if (v == 0x00 || v == 0x06 || v == 0x20 || v == 0xFB || v == 0xFE) {
                textHigh[parity]++;
            }
        }
        for (int high = 0; high < 2; high++) {
            int low = 1 - high;
            if (textHigh[high] >= units * 0.95 && zeros[low] <= units * 0.01 && zeros[high] > 0) {
                return new Encoding(high == 1 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 0);
            }
        }
        return null;
    }

    /**
     * The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
     * above U+10FFFF), or -1 when all is valid. With {@code truncated}, a sequence cut by the end is valid.
     */
    static int firstInvalidUtf8(byte[] b, int length, boolean truncated) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    min2 = 0xA0;
                } else if (c == 0xED) {
                    max2 = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    min2 = 0x90;
                } else if (c == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return i;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= length) {
                    return truncated ? -1 : i;
                }
                int cc = b[i + k] & 0xFF;
                int lo = k == 1 ? min2 : 0x80;
                int hi = k == 1 ? max2 : 0xBF;
                if (cc < lo || cc > hi) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }

    private Encoding singleByteArabic(byte[] bytes, int length, boolean cut, int badUtf8)
            throws UndecodableInputException {
        Encoding best = null;
        double bestScore = -1;
        StringBuilder why = new StringBuilder();
        for (var charset : new java.nio.charset.Charset[] {Encoding.WINDOWS_1256, Encoding.ISO_8859_6}) {
            Encoding candidate = new Encoding(charset, 0);
            String text;
            try {
                text = candidate.decode(bytes, 0, length);
            } catch (UndecodableInputException e) {
                why.append("; ").append(charset.name()).append(": unmapped bytes");
                continue;
            }
            Reading reading = Reading.of(text, commonWords);
            if (reading.plausibleShare() < MIN_PLAUSIBLE_SHARE || reading.arabicShare() < MIN_ARABIC_SHARE) {
                why.append(String.format(Locale.ROOT, "; %s: %.0f%% ordinary characters, %.0f%% Arabic letters",
                        charset.name(), 100 * reading.plausibleShare(), 100 * reading.arabicShare()));
                continue;
            }
            double score = reading.arabicShare() + reading.commonWordShare();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new UndecodableInputException("invalid UTF-8 at byte " + badUtf8
                    + (cut ? "" : " of " + length) + ", and no single-byte Arabic code page reads it as text"
                    + why);
        }
        return best;
    }

    /** How much a decoded text looks like Arabic prose. */
    private record Reading(double plausibleShare, double arabicShare, double commonWordShare) {

        static Reading of(String text, PhraseList commonWords) {
            int nonSpace = 0;
            int plausible = 0;
            int arabic = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                nonSpace++;
                if (isArabicLetter(c)) {
                    arabic++;
                    plausible++;
                } else if (c < 0x7F && c >= 0x20 || ArabicNormalizer.isDiacritic(c) || c == ARABIC_COMMA
                        || c == ARABIC_SEMICOLON || c == ARABIC_QUESTION_MARK || c == ARABIC_PERCENT
                        || c == ArabicNormalizer.TATWEEL || c == '\u00AB' || c == '\u00BB'
                        || (c >= '\u2013' && c <= '\u201D') || (c >= '\u0660' && c <= '\u0669')) {
                    plausible++;
                }
            }
            int words = 0;
            int common = 0;
            for (String token : text.split("\\s+")) {
                if (!token.isEmpty()) {
                    words++;
                    if (commonWords.containsKey(ArabicNormalizer.key(token))) {
                        common++;
                    }
                }
            }
            double n = Math.max(1, nonSpace);
            return new Reading(plausible / n, arabic / n, common / (double) Math.max(1, words));
        }

        private static boolean isArabicLetter(char c) {
            return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3');
        }
    }
}
