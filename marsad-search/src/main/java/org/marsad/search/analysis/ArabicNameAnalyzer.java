package org.marsad.search.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the name fields: folded ({@link ArabicFolding}: hamza and madda on alef, teh marbuta, alef
 * maqsura, tatweel, harakat), tokenized, lower-cased, with proclitic readings ({@link ProcliticReadingsFilter})
 * but neither stemmed nor stripped of stop words, so that a quoted name such as {@code "جيش الإسلام"} matches
 * those words in that order ({@code لـ"جيش الإسلام"} included) and not {@code جيش} near {@code الإسلامي}.
 */
public final class ArabicNameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream names = new LowerCaseFilter(source);
        names = new ProcliticReadingsFilter(names);
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(names));
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
}
