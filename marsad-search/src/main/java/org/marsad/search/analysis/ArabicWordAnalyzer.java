package org.marsad.search.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.marsad.text.ArabicNormalizer;

/**
 * The analysis of the stemmed word fields: Lucene's {@link ArabicAnalyzer} chain with Marsad's folding in place
 * of Lucene's normalizer, and proclitic readings before the stemmer. In order: {@link ArabicFolding}, the
 * Unicode word tokenizer, lower case, Lucene's Arabic stop words (folded the same way), proclitic readings
 * ({@link ProcliticReadingsFilter}), Lucene's light stemmer (Larkey et al.: the article and its combinations,
 * the conjunction و, and the common suffixes), duplicates at one position dropped. So {@code القصف},
 * {@code بقصف} and {@code والقصف} all index {@code قصف}.
 */
public final class ArabicWordAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS = foldedStopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new LowerCaseFilter(source);
        words = new StopFilter(words, STOP_WORDS);
        words = new ProcliticReadingsFilter(words);
        words = new ArabicStemFilter(words);
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(words));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ArabicFolding.fold(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return ArabicFolding.fold(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(ArabicAnalyzer.getDefaultStopSet().size(), false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            folded.add(ArabicNormalizer.normalize(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
