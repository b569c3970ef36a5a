package org.minhu.insight;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * HanLP's words as a Lucene tokenizer: the longest dictionary words of its core dictionary (a
 * double-array trie, some 30 million characters a second, thirty times smartcn's pace), without
 * punctuation and spaces. The text is read whole, up to {@link #MAX_CHARS}.
 */
final class HanLpTokenizer extends Tokenizer {

    static final int MAX_CHARS = 20_000;
    // read-only after loading: one segment serves every thread
    private static final Segment SEGMENT = new DoubleArrayTrieSegment().enableOffset(true);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private Iterator<Term> terms;
    private int end;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (terms == null) {
            read();
            terms = SEGMENT.seg(text.toString()).iterator();
        }
        while (terms.hasNext()) {
            Term t = terms.next();
            if (t.word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                term.setEmpty().append(t.word);
                offset.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
                return true;
            }
        }
        return false;
    }

    private void read() throws IOException {
        text.setLength(0);
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n > 0 && text.length() < MAX_CHARS; n = input.read(buffer)) {
            text.append(buffer, 0, Math.min(n, MAX_CHARS - text.length()));
        }
        end = correctOffset(text.length());
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(end, end);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms = null;
    }
}
