package org.minhu.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.minhu.directory.Actor;
import org.minhu.platform.MinhuException;
import org.minhu.platform.MinhuSettings;
import org.minhu.platform.Page;
import org.minhu.ticket.TicketQuery;
import org.springframework.stereotype.Component;

/** Runs ticket queries on this node's index: pages of ids, or pages with facets and highlights. */
@Component
class TicketSearcher {

    static final Sort NEWEST = new Sort(new SortField(TicketDocument.CREATED, SortField.Type.LONG, true));
    private static final int FACET_VALUES = 20;

    /** The ids of one page, the highlights when asked for, the total and the facets when asked for. */
    record Found(List<Long> ids, List<String> highlights, long total, Map<String, Map<String, Long>> facets) {
    }

    private final TicketIndex index;
    private final MinhuSettings settings;

    TicketSearcher(TicketIndex index, MinhuSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    /** Newest first, ids only; empty while the index is not complete. */
    Optional<Page<Long>> page(TicketQuery q, Actor actor) {
        return find(q, actor, true, false).map(f -> new Page<>(f.ids(), q.page(), q.size(), f.total()));
    }

    /** Empty while the index is not complete. */
    Optional<Found> find(TicketQuery q, Actor actor, boolean newest, boolean facetsAndHighlights) {
        Page.check(q.page(), q.size());
        int window = (q.page() + 1) * q.size();
        if (window > settings.search().maxWindow()) {
            throw MinhuException.invalid("SEARCH_WINDOW", "search-window", "A search pages through its first "
                    + settings.search().maxWindow() + " results; narrow it to go further",
                    Map.of("maxWindow", settings.search().maxWindow()));
        }
        IndexGeneration g = index.generation();
        if (g == null) {
            return Optional.empty();
        }
        Query query = SearchQueries.of(q, actor);
        try {
            return Optional.of(index.search(g, searcher -> facetsAndHighlights
                    ? withFacets(searcher, query, q, window, newest) : idsOnly(searcher, query, q, window, newest)));
        } catch (org.apache.lucene.store.AlreadyClosedException replaced) { // a rebuild put a new generation in place
            return index.generation() == g ? Optional.empty() : find(q, actor, newest, facetsAndHighlights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of up to {@code max} matches, newest first; empty while the index is not complete. */
    Optional<List<Long>> ids(TicketQuery q, Actor actor, int max) {
        IndexGeneration g = index.generation();
        if (g == null) {
            return Optional.empty();
        }
        Query query = SearchQueries.of(q, actor);
        try {
            return Optional.of(index.search(g, searcher -> ids(searcher, searcher.search(query, max, NEWEST).scoreDocs)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Found idsOnly(IndexSearcher searcher, Query query, TicketQuery q, int window, boolean newest) throws IOException {
        TopDocs top = newest ? searcher.search(query, new TopFieldCollectorManager(NEWEST, window, null, Integer.MAX_VALUE))
                : searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
        ScoreDoc[] page = slice(top.scoreDocs, q);
        return new Found(ids(searcher, page), List.of(), top.totalHits.value(), Map.of());
    }

    private Found withFacets(IndexSearcher searcher, Query query, TicketQuery q, int window, boolean newest) throws IOException {
        FacetsCollectorManager.FacetsResult result = newest
                ? FacetsCollectorManager.search(searcher, query, window, NEWEST, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, window, new FacetsCollectorManager());
        FacetsCollector hits = result.facetsCollector();
        long total = hits.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        ScoreDoc[] page = slice(result.topDocs().scoreDocs, q);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String field : TicketDocument.FACETS) {
            facets.put(field, counts(searcher, hits, field));
        }
        return new Found(ids(searcher, page), highlights(searcher, query, page), total, facets);
    }

    /** The facets' ordinal maps of one reader: built once per refresh, not once per search. */
    private record FacetStates(org.apache.lucene.index.IndexReader reader, Map<String, StringDocValuesReaderState> byField) {
    }

    private volatile FacetStates states;

    private StringDocValuesReaderState state(IndexSearcher searcher, String field) throws IOException {
        FacetStates s = states;
        if (s == null || s.reader() != searcher.getIndexReader()) {
            s = new FacetStates(searcher.getIndexReader(), new java.util.concurrent.ConcurrentHashMap<>());
            states = s;
        }
        StringDocValuesReaderState state = s.byField().get(field);
        if (state == null) {
            state = new StringDocValuesReaderState(searcher.getIndexReader(), field);
            s.byField().put(field, state);
        }
        return state;
    }

    private Map<String, Long> counts(IndexSearcher searcher, FacetsCollector hits, String field) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (org.apache.lucene.index.MultiDocValues.getSortedSetValues(searcher.getIndexReader(), field) == null) {
            return counts; // no ticket has the field yet
        }
        StringDocValuesReaderState state = state(searcher, field);
        FacetResult top = new StringValueFacetCounts(state, hits).getTopChildren(FACET_VALUES, field);
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                counts.put(lv.label, lv.value.longValue());
            }
        }
        return counts;
    }

    private static List<String> highlights(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ChineseAnalysis.QUERIES)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxLength(20_000).build();
        TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return Arrays.asList(highlighter.highlight(ChineseAnalysis.TEXT, query, docs, 2));
    }

    private static ScoreDoc[] slice(ScoreDoc[] docs, TicketQuery q) {
        int from = Math.min(docs.length, q.page() * q.size());
        return Arrays.copyOfRange(docs, from, docs.length);
    }

    private static List<Long> ids(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Long> ids = new ArrayList<>(docs.length);
        for (ScoreDoc d : docs) {
            ids.add(Long.parseLong(stored.document(d.doc, java.util.Set.of(TicketDocument.ID)).get(TicketDocument.ID)));
        }
        return ids;
    }
}
