package org.minhu.insight;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the index reads Chinese. The text field is cut into overlapping character bigrams, so that
 * any two characters in a row (停车, 噪音) always match whatever a segmenter would have made of
 * them, and a search for a phrase matches exactly where its bigrams stand in a row. The words
 * field holds HanLP's dictionary words, which rank a ticket that uses the searched words as words above
 * one where the characters only happen to meet. The knowledge base reads its articles the same way.
 */
public final class ChineseAnalysis {

    public static final String TEXT = "text";
    public static final String WORDS = "words";

    /** One shared analyzer for queries and highlights (analyzers are safe to share between threads). */
    public static final Analyzer QUERIES = perField();

    private ChineseAnalysis() {
    }

    /** Full-width letters and digits folded, lower case, Han characters in bigrams (a lone one stays a unigram). */
    public static Analyzer bigrams() {
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

    /** HanLP's dictionary words, full-width folded, lower case; no stop words (short requests need every word). */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HanLpTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
            }
        };
    }

    /** Bigrams for every field but {@link #WORDS}. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(bigrams(), Map.of(WORDS, words()));
    }

    /** The terms {@code analyzer} makes of {@code text}. */
    public static java.util.List<String> terms(Analyzer analyzer, String field, String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

}
