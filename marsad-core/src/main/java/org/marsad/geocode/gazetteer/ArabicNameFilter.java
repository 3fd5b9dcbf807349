package org.marsad.geocode.gazetteer;

import org.marsad.text.ArabicNormalizer;

/**
 * Decides whether an untagged alternate name (GeoNames {@code alternatenames} carry no language) is an
 * Arabic spelling, with the rules the source gazetteer was built with (its README, "Arabic names"): every
 * letter is a letter of Arabic orthography (so no پ چ ژ گ ک ی ۀ ے ٹ ڈ ڑ ں ھ ە ۆ ێ and no Latin), alef maqsura
 * only at the end of a word, and no word starting with yeh-hamza. Persian spellings made only of shared
 * letters ({@code تهران}) pass: nothing in the string tells them apart.
 */
final class ArabicNameFilter {

    static final char HAMZA = '\u0621';
    static final char YEH_HAMZA = '\u0626';
    static final char LAST_BASIC_LETTER = '\u064A';

    private ArabicNameFilter() {
    }

    static boolean isArabicName(String name) {
        boolean letters = false;
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= HAMZA && c <= LAST_BASIC_LETTER && c != ArabicNormalizer.TATWEEL
                    || c == ArabicNormalizer.ALEF_WASLA) {
                if (c == YEH_HAMZA && wordStart) {
                    return false;
                }
                if (c == ArabicNormalizer.ALEF_MAQSURA && i + 1 < name.length()
                        && isLetterOrMark(name.charAt(i + 1))) {
                    return false;
                }
                letters = true;
                wordStart = false;
            } else if (ArabicNormalizer.isDiacritic(c) || c == ArabicNormalizer.TATWEEL) {
                continue;
            } else if (c == ' ' || c == '-' || c == '\'' || c == '\u200C' || c == '\u200F') {
                wordStart = c == ' ' || c == '-';
            } else {
                return false;
            }
        }
        return letters;
    }

    private static boolean isLetterOrMark(char c) {
        return c >= HAMZA && c <= LAST_BASIC_LETTER && c != ArabicNormalizer.TATWEEL;
    }
}
