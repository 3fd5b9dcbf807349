package org.marsad.search.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.marsad.text.ArabicNormalizer;

/**
 * Marsad's own character folding ({@link ArabicNormalizer#fold(char)}: hamza and madda on alef, alef maqsura,
 * teh marbuta, tatweel, harakat, Arabic-Indic digits, bidi marks, typographic quotes) as a Lucene char filter,
 * so that the index folds text exactly as the extraction pipeline does. Being a char filter, it runs before
 * tokenization and keeps offsets in the original text, which the highlighter needs.
 */
final class ArabicFolding {

    private static final NormalizeCharMap MAP = buildMap();

    private ArabicFolding() {
    }

    /** {@code reader} with every character folded, offsets corrected back to the original. */
    static Reader fold(Reader reader) {
        return new MappingCharFilter(MAP, reader);
    }

    private static NormalizeCharMap buildMap() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (char c = 0x80; c < Character.MAX_VALUE; c++) {
            char f = ArabicNormalizer.fold(c);
            if (f != c) {
                map.add(String.valueOf(c), f == ArabicNormalizer.REMOVED ? "" : String.valueOf(f));
            }
        }
        return map.build();
    }
}
