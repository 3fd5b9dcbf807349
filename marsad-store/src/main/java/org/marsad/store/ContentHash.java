package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.marsad.model.Report;

/**
 * A report's identity in the store: the SHA-256 (hex) of its title and text after a normalisation that
 * forgets only what a reader cannot see, so that the same report read twice (from a text file and from a
 * JSON Lines export, with Windows line ends, re-wrapped) is recognised as one.
 *
 * <p>Normalisation, applied to the title and to the text separately: Unicode NFC; invisible format marks
 * removed (byte-order mark, zero-width space/joiners, LRM/RLM/ALM and the bidi embeddings and isolates);
 * every line trimmed and every run of white space inside it (spaces, tabs, no-break and other Unicode
 * spaces) made one space; blank lines dropped; lines joined with {@code \n}. Letters, digits, punctuation,
 * tatweel and hamza spellings are kept: a report that differs in any of them is another report. The title
 * and text are joined with U+0000 before hashing. The article id, date, URL and source are not part of it.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The content hash of {@code report}: 64 lower-case hex digits. */
    public static String of(Report report) {
        return of(report.title(), report.text());
    }

    public static String of(String title, String text) {
        MessageDigest sha = sha256();
        sha.update(normalize(title).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(normalize(text).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The normalized form that is hashed (see the class comment). */
    static String normalize(String s) {
        String nfc = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        StringBuilder line = new StringBuilder();
        boolean space = false;
        for (int i = 0; i <= nfc.length(); i++) {
            char c = i == nfc.length() ? '\n' : nfc.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (line.length() > 0) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(line);
                    line.setLength(0);
                }
                space = false;
            } else if (invisible(c)) {
                continue;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return out.toString();
    }

    private static boolean invisible(char c) {
        return c == '\uFEFF' || (c >= '\u200B' && c <= '\u200F') || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * A URL as the store compares it: trimmed, without its {@code #fragment}, scheme and host in lower case;
     * {@code null} for a missing or blank URL.
     */
    public static String normalizeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int scheme = u.indexOf("://");
        if (scheme > 0) {
            int pathStart = u.indexOf('/', scheme + 3);
            int end = pathStart < 0 ? u.length() : pathStart;
            u = u.substring(0, end).toLowerCase(Locale.ROOT) + u.substring(end);
        }
        return u.isEmpty() ? null : u;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java SE must provide", e);
        }
    }
}
