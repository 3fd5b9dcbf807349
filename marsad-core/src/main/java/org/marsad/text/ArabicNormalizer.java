package org.marsad.text;

/**
 * Folds Arabic text for matching, one character at a time, so that every normalized character maps back
 * to exactly one original character ({@link NormalizedText} keeps that map).
 *
 * <p>Rules, in the spirit of Lucene's {@code ArabicNormalizer} (Larkey, Ballesteros and Connell, "Light
 * stemming for Arabic information retrieval", 2007) and of the Arabic news normalisations used for
 * evaluation:
 * <ul>
 *   <li>removed: harakat and Quranic marks (U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED), tatweel,
 *       bidi and zero-width marks (LRM, RLM, ALM, ZWNJ, ZWJ, LRE…PDF, LRI…PDI, BOM);</li>
 *   <li>alef with hamza above or below, alef with madda, alef wasla → bare alef; alef maqsura and Farsi yeh →
 *       yeh; teh marbuta → heh; keheh → kaf;</li>
 *   <li>Arabic-Indic and Persian digits → ASCII digits; Arabic decimal and thousands separators → '.' and ',';</li>
 *   <li>typographic double quotes and guillemets → '"'; typographic single quotes → '\''; no-break and other
 *       Unicode spaces → ' '.</li>
 * </ul>
 * Hamza on waw and yeh (ؤ ئ) and the bare hamza are kept: folding them merges unrelated words.
 * The class is stateless and may be shared between threads.
 */
public final class ArabicNormalizer {

    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_MAQSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char FARSI_YEH = '\u06CC';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char KEHEH = '\u06A9';
    public static final char KAF = '\u0643';
    public static final char TATWEEL = '\u0640';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    /** Returned by {@link #fold(char)} for a character that is dropped. */
    public static final char REMOVED = '\uFFFF';

    private static final char ARABIC_BLOCK_START = '\u0600';
    private static final char ARABIC_BLOCK_END = '\u06FF';
    /**
     * The folded form of each character of the Arabic block, worked out by the rules of {@link #foldByRules}
     * when the class loads: most characters of a report are in that block.
     */
    private static final char[] ARABIC_BLOCK = new char[ARABIC_BLOCK_END - ARABIC_BLOCK_START + 1];

    static {
        for (int i = 0; i < ARABIC_BLOCK.length; i++) {
            ARABIC_BLOCK[i] = foldByRules((char) (ARABIC_BLOCK_START + i));
        }
    }

    private ArabicNormalizer() {
    }

    /** The folded form of {@code c}, or {@link #REMOVED} when it is dropped. */
    public static char fold(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= ARABIC_BLOCK_START && c <= ARABIC_BLOCK_END) {
            return ARABIC_BLOCK[c - ARABIC_BLOCK_START];
        }
        return foldByRules(c);
    }

    private static char foldByRules(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (isDiacritic(c)) {
            return REMOVED;
        }
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ALEF_MAQSURA, FARSI_YEH:
                return YEH;
            case TEH_MARBUTA:
                return HEH;
            case KEHEH:
                return KAF;
            case TATWEEL:
                return REMOVED;
            case ARABIC_DECIMAL_SEPARATOR:
                return '.';
            case ARABIC_THOUSANDS_SEPARATOR:
                return ',';
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF',
                    '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                    '\u2066', '\u2067', '\u2068', '\u2069':
                return REMOVED;
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u02BA', '\uFF02':
                return '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02B9':
                return '\'';
            case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                    '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000':
                return ' ';
            default:
                return c;
        }
    }

    /**
     * {@link Character#isLetter(char)}, answering the letters of the Arabic block (hamza to yeh, most of the
     * characters of any report) by a range check instead of Unicode's tables.
     */
    public static boolean isLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || Character.isLetter(c);
    }

    /** Harakat, Quranic annotation marks and the superscript alef. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F')
                || (c >= '\u0610' && c <= '\u061A')
                || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** The folded form of a whole string, without an offset map (for dictionary keys). */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char f = fold(text.charAt(i));
            if (f != REMOVED) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /**
     * A lookup key for a name: normalized, with runs of white space, hyphens and underscores collapsed to
     * one space, quotes dropped and the ends trimmed. Two spellings of a name that differ only in those
     * respects share a key.
     */
    public static String key(CharSequence name) {
        String n = normalize(name);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '_') {
                space = out.length() > 0;
            } else if (c == '"' || c == '\'') {
                continue;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
