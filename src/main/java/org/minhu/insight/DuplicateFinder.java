package org.minhu.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.minhu.directory.Actor;
import org.minhu.platform.MinhuSettings;
import org.minhu.ticket.DuplicateCandidate;
import org.minhu.ticket.IntakeDraft;
import org.springframework.stereotype.Component;

/**
 * Open tickets that may be the same matter as a request: created within the window, of the same
 * category (when both have one), at the same place (the same community or street, the same
 * address, or within the radius), whose text is at least {@code minSimilarity} alike (see
 * {@link TextLikeness}); best first, with the reasons. A ticket that shares only the district must
 * be twice as alike. The index finds the candidates (its best 50
 * by shared words); their likeness is then measured.
 */
@Component
class DuplicateFinder {

    static final int MAX = 5;
    private static final int CANDIDATES = 50;
    private static final int MAX_TERMS = 150;
    private static final List<BytesRef> OPEN = List.of(new BytesRef("RECEIVED"), new BytesRef("ANSWERED"),
            new BytesRef("DISPATCHED"), new BytesRef("COMPLETED"));
    private static final Analyzer BIGRAMS = ChineseAnalysis.bigrams();

    private final TicketIndex index;
    private final MinhuSettings.Duplicates settings;
    private final Clock clock;

    DuplicateFinder(TicketIndex index, MinhuSettings settings, Clock clock) {
        this.index = index;
        this.settings = settings.duplicates();
        this.clock = clock;
    }

    /** The proposals for a request being registered now, best first; none while this node has no complete index. */
    List<DuplicateCandidate> find(IntakeDraft draft, Actor actor) {
        return find(draft, actor, clock.instant());
    }

    /** The proposals among the tickets created in the window before {@code asOf}. */
    List<DuplicateCandidate> find(IntakeDraft draft, Actor actor, Instant asOf) {
        IndexGeneration g = index.generation();
        String text = draft.text();
        if (g == null || text.isBlank()) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>(ChineseAnalysis.terms(BIGRAMS, ChineseAnalysis.TEXT, text));
        if (terms.isEmpty()) {
            return List.of();
        }
        DuplicatePlace place = DuplicatePlace.of(draft, settings.radiusMetres());
        Query query = query(draft, terms, place, actor, asOf);
        try {
            return index.search(g, searcher -> candidates(searcher, query, draft, place));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(IntakeDraft draft, Set<String> terms, DuplicatePlace place, Actor actor, Instant asOf) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        terms.stream().limit(MAX_TERMS).forEach(t -> words.add(new TermQuery(new Term(ChineseAnalysis.TEXT, t)), Occur.SHOULD));
        Instant since = asOf.minus(settings.window());
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(new TermInSetQuery(TicketDocument.STATUS, OPEN), Occur.FILTER)
                .add(LongPoint.newRangeQuery(TicketDocument.CREATED, since.toEpochMilli(), asOf.toEpochMilli()), Occur.FILTER)
                .add(place.query(), Occur.FILTER);
        if (draft.ticketId() != null) {
            q.add(new TermQuery(TicketDocument.idTerm(draft.ticketId())), Occur.MUST_NOT);
        }
        if (draft.categoryCode() != null && !draft.categoryCode().isBlank()) {
            q.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TicketDocument.CATEGORY, draft.categoryCode())), Occur.SHOULD)
                    .add(new BooleanQuery.Builder().add(new FieldExistsQuery(TicketDocument.CATEGORY), Occur.MUST_NOT)
                            .add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.MUST).build(), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        Query scope = SearchQueries.scope(actor);
        if (scope != null) {
            q.add(scope, Occur.FILTER);
        }
        return q.build();
    }

    private List<DuplicateCandidate> candidates(IndexSearcher searcher, Query query, IntakeDraft draft,
                                                DuplicatePlace place) throws IOException {
        List<DuplicateCandidate> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc d : searcher.search(query, CANDIDATES).scoreDocs) {
            var doc = stored.document(d.doc);
            if (draft.ticketId() != null && Long.parseLong(doc.get(TicketDocument.ID)) > draft.ticketId()) {
                continue; // registered after it (in the same instant): it would be the duplicate, not the original
            }
            double likeness = TextLikeness.of(draft.text(), doc.get(ChineseAnalysis.TEXT));
            List<String> reasons = new ArrayList<>(place.reasons(doc));
            double floor = DuplicatePlace.districtOnly(reasons) ? Math.min(1, 2 * settings.minSimilarity())
                    : settings.minSimilarity();
            if (likeness < floor) {
                continue;
            }
            String category = doc.get(TicketDocument.CATEGORY);
            if (category != null && category.equals(draft.categoryCode())) {
                reasons.add("SAME_CATEGORY");
            }
            reasons.add("SIMILAR_TEXT");
            Integer metres = place.metres(doc);
            Instant created = Instant.ofEpochMilli(doc.getField(TicketDocument.CREATED).numericValue().longValue());
            String snippet = doc.get(ChineseAnalysis.TEXT);
            out.add(new DuplicateCandidate(Long.parseLong(doc.get(TicketDocument.ID)), doc.get(TicketDocument.NUMBER),
                    Math.round(likeness * 100) / 100.0, sentence(reasons, likeness, metres), reasons, metres, created,
                    org.minhu.ticket.TicketStatus.valueOf(doc.get(TicketDocument.STATUS)),
                    snippet.length() > 120 ? snippet.substring(0, 120) + "…" : snippet));
        }
        out.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed());
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
    }

    private static String sentence(List<String> reasons, double likeness, Integer metres) {
        List<String> parts = new ArrayList<>();
        for (String r : reasons) {
            parts.add(switch (r) {
                case "SAME_PLACE" -> "same community or street";
                case "SAME_ADDRESS" -> "same address";
                case "NEARBY" -> metres + " m away";
                case "SAME_DISTRICT" -> "same district";
                case "SAME_CATEGORY" -> "same category";
                default -> Math.round(likeness * 100) + " % of the text alike";
            });
        }
        return String.join("; ", parts);
    }
}
