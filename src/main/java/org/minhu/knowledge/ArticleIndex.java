package org.minhu.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.minhu.insight.ChineseAnalysis;
import org.springframework.stereotype.Component;

/**
 * The articles' current versions in an index in memory (a city has thousands, not millions). It
 * is read again when the articles' {@link ArticleRepository#stamp() stamp} changed, looked at
 * every two seconds at most, so an article written on another node is found here within seconds.
 * A search is the request's words (character bigrams and HanLP words) against title, keywords
 * and synonyms (weighted) and the body, and any of its keywords or synonyms said as written;
 * only articles offered on the day are found.
 */
@Component
class ArticleIndex {

    record Hit(long articleId, long versionId, String title, String snippet, float score) {
    }

    private record Snapshot(String stamp, IndexSearcher searcher, Instant checkedAt) {
    }

    private static final Duration RECHECK = Duration.ofSeconds(2);
    private static final int MAX_TERMS = 150;
    private static final org.apache.lucene.analysis.Analyzer BIGRAMS = ChineseAnalysis.bigrams();
    private static final org.apache.lucene.analysis.Analyzer WORDS = ChineseAnalysis.words();
    private static final String PHRASES = "phrases";
    private static final int LONGEST_PHRASE = 10;
    private static final int PHRASE_SPAN = 500;
    private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

    static {
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.freeze();
    }

    private final ArticleRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ArticleIndex(ArticleRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The best {@code max} articles offered on {@code day} for {@code text}, best first. */
    List<Hit> search(String text, LocalDate day, int max) {
        IndexSearcher searcher = searcher();
        Query query = query(text, day);
        if (query == null) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query, max);
            String[] snippets = UnifiedHighlighter.builder(searcher, ChineseAnalysis.QUERIES)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true)).build()
                    .highlight("body", query, top, 1);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc d = top.scoreDocs[i];
                Document doc = searcher.storedFields().document(d.doc);
                hits.add(new Hit(doc.getField("id").numericValue().longValue(),
                        doc.getField("versionId").numericValue().longValue(), doc.get("title"), snippets[i], d.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the snapshot: the next search reads the articles again (after a write on this node). */
    void invalidate() {
        snapshot = null;
    }

    private Query query(String text, LocalDate day) {
        Set<String> bigrams = new LinkedHashSet<>(ChineseAnalysis.terms(BIGRAMS, "t", text));
        Set<String> words = new LinkedHashSet<>(ChineseAnalysis.terms(WORDS, "w", text));
        if (bigrams.isEmpty() && words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        bigrams.stream().limit(MAX_TERMS).forEach(b -> {
            any.add(new BoostQuery(new TermQuery(new Term("title", b)), 3f), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term("keywords", b)), 2f), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term("synonyms", b)), 2f), Occur.SHOULD);
            any.add(new TermQuery(new Term("body", b)), Occur.SHOULD);
        });
        words.stream().limit(MAX_TERMS).forEach(w -> any.add(new TermQuery(new Term(ChineseAnalysis.WORDS, w)), Occur.SHOULD));
        // a keyword or synonym said as written weighs more than its characters scattered about
        any.add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(PHRASES, phrases(text))), 5f), Occur.SHOULD);
        long epochDay = day.toEpochDay();
        return new BooleanQuery.Builder().add(any.build(), Occur.MUST)
                .add(LongPoint.newRangeQuery("validFrom", Long.MIN_VALUE, epochDay), Occur.FILTER)
                .add(LongPoint.newRangeQuery("validTo", epochDay, Long.MAX_VALUE), Occur.FILTER)
                .build();
    }

    /** Every run of 2 to {@link #LONGEST_PHRASE} characters of the text's start, lower case: the phrases it says. */
    private static List<BytesRef> phrases(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        t = t.substring(0, Math.min(t.length(), PHRASE_SPAN));
        Set<BytesRef> out = new LinkedHashSet<>();
        for (int i = 0; i < t.length(); i++) {
            for (int n = 2; n <= LONGEST_PHRASE && i + n <= t.length(); n++) {
                out.add(new BytesRef(t.substring(i, i + n)));
            }
        }
        return new ArrayList<>(out);
    }

    private IndexSearcher searcher() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && now.isBefore(s.checkedAt().plus(RECHECK))) {
            return s.searcher();
        }
        String stamp = repository.stamp();
        if (s != null && s.stamp().equals(stamp)) {
            snapshot = new Snapshot(stamp, s.searcher(), now);
            return s.searcher();
        }
        IndexSearcher built = build();
        snapshot = new Snapshot(stamp, built, now);
        return built;
    }

    private IndexSearcher build() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalysis.QUERIES))) {
            for (Article a : repository.all()) {
                writer.addDocument(document(a.current));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(ArticleVersion v) {
        Document d = new Document();
        d.add(new StoredField("id", v.articleId()));
        d.add(new StoredField("versionId", v.id()));
        d.add(new StringField("article", Long.toString(v.articleId()), Field.Store.NO));
        d.add(new TextField("title", v.title(), Field.Store.YES));
        d.add(new TextField("keywords", String.join("\n", v.keywords()), Field.Store.NO));
        d.add(new TextField("synonyms", String.join("\n", v.synonyms()), Field.Store.NO));
        java.util.stream.Stream.concat(v.keywords().stream(), v.synonyms().stream())
                .forEach(p -> d.add(new StringField(PHRASES, p.toLowerCase(java.util.Locale.ROOT), Field.Store.NO)));
        String text = v.text();
        d.add(new Field("body", text, BODY));
        d.add(new TextField(ChineseAnalysis.WORDS, v.title() + "\n" + String.join("\n", v.keywords()) + "\n"
                + String.join("\n", v.synonyms()) + "\n" + text, Field.Store.NO));
        d.add(new LongPoint("validFrom", v.validFrom().toEpochDay()));
        d.add(new LongPoint("validTo", v.validTo() == null ? Long.MAX_VALUE : v.validTo().toEpochDay()));
        v.categoryCodes().forEach(c -> d.add(new StringField("category", c, Field.Store.NO)));
        return d;
    }
}
