package org.minhu.insight;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the index reads Chinese. The text field is cut into overlapping character bigrams, so that
 * any two characters in a row (停车, 噪音) always match whatever a segmenter would have made of
 * them, and a search for a phrase matches exactly where its bigrams stand in a row. The words
 * field holds smartcn's words, which rank a ticket that uses the searched words as words above
 * one where the characters only happen to meet.
 */
final class ChineseAnalysis {

    static final String TEXT = "text";
    static final String WORDS = "words";

    /** One shared analyzer for queries and highlights (analyzers are safe to share between threads). */
    static final Analyzer QUERIES = perField();

    private ChineseAnalysis() {
    }

    /** Full-width letters and digits folded, lower case, Han characters in bigrams (a lone one stays a unigram). */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(source, new CJKBigramFilter(stream));
            }
        };
    }

    /** smartcn's words; its default stop set holds only punctuation (short requests need every word). */
    static Analyzer words() {
        return new SmartChineseAnalyzer(true);
    }

    /** Bigrams for every field but {@link #WORDS}. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(bigrams(), Map.of(WORDS, words()));
    }
}
