package org.minhu.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.minhu.directory.Actor;
import org.minhu.ticket.TicketQuery;

/**
 * A ticket query as a Lucene query. Each word of the search (split at spaces) must occur as
 * written: its bigrams in a row, as {@code ILIKE '%…%'} would have found it, or a ticket's number;
 * HanLP's words of the whole search add to the score. The filters and the caller's scope are
 * clauses of the same query, so every page counts only what the caller may see.
 */
final class SearchQueries {

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern TICKET_NUMBER = Pattern.compile("\\d{13}");
    private static final Analyzer BIGRAMS = ChineseAnalysis.bigrams();
    private static final Analyzer WORDS = ChineseAnalysis.words();

    private SearchQueries() {
    }

    static Query of(TicketQuery q, Actor actor) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean text = false;
        if (q.q() != null && !q.q().isBlank()) {
            for (String word : SPACES.split(q.q().strip())) {
                Query must = word(word);
                if (must != null) {
                    query.add(must, Occur.MUST);
                    text = true;
                }
            }
            for (String w : ChineseAnalysis.terms(WORDS, ChineseAnalysis.WORDS, q.q())) {
                query.add(new TermQuery(new Term(ChineseAnalysis.WORDS, w)), Occur.SHOULD);
            }
        }
        if (!text) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(query, TicketDocument.STATUS, q.status() == null ? null : q.status().name());
        filter(query, TicketDocument.CHANNEL, q.channel() == null ? null : q.channel().name());
        filter(query, TicketDocument.DISTRICT, q.district());
        filter(query, TicketDocument.UNIT, q.unit());
        filter(query, TicketDocument.CATEGORY_PATH, q.category());
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery(TicketDocument.CREATED, from, to), Occur.FILTER);
        }
        Query scope = scope(actor);
        if (scope != null) {
            query.add(scope, Occur.FILTER);
        }
        return query.build();
    }

    /** {@code TicketVisibility}'s rule over the indexed columns: the same stored facts, read from the index. */
    static Query scope(Actor actor) {
        return switch (actor.role()) {
            case OPERATOR, ADMIN -> null;
            case HANDLER -> new TermQuery(new Term(TicketDocument.UNIT, actor.unitCode()));
            case SUPERVISOR -> actor.citywide() ? null : new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TicketDocument.DISTRICT, actor.districtCode())), Occur.SHOULD)
                    .add(new TermQuery(new Term(TicketDocument.UNIT_DISTRICT, actor.districtCode())), Occur.SHOULD)
                    .build();
        };
    }

    /** One word of the search: its bigrams in a row; a lone character any bigram it begins; a ticket number. */
    private static Query word(String word) {
        if (TICKET_NUMBER.matcher(word).matches()) {
            return new TermQuery(new Term(TicketDocument.NUMBER, word));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int terms = 0;
        String only = null;
        try (TokenStream stream = BIGRAMS.tokenStream(ChineseAnalysis.TEXT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                only = term.toString();
                phrase.add(new Term(ChineseAnalysis.TEXT, only), position);
                terms++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms == 0) {
            return null;
        }
        if (terms == 1) {
            return only.codePointCount(0, only.length()) == 1 && Character.isIdeographic(only.codePointAt(0))
                    ? new PrefixQuery(new Term(ChineseAnalysis.TEXT, only)) : new TermQuery(new Term(ChineseAnalysis.TEXT, only));
        }
        return phrase.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }
}
