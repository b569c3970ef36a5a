package org.minhu.insight;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.minhu.ticket.IntakeDraft;

/**
 * Where a request is, as duplicates compare it: its community or street, its address (as a key),
 * its point with the radius around it, and its district (which alone asks more of the text).
 */
record DuplicatePlace(String unit, String addressKey, Double lat, Double lng, int radius, String district) {

    static DuplicatePlace of(IntakeDraft d, int radius) {
        return new DuplicatePlace(blank(d.locationUnitCode()), TicketDocument.addressKey(d.address()), d.lat(), d.lng(),
                radius, blank(d.districtCode()));
    }

    boolean known() {
        return unit != null || addressKey != null || lat != null && lng != null;
    }

    /** Whether a ticket with these reasons shares only the district: its text must then be twice as alike. */
    static boolean districtOnly(List<String> reasons) {
        return reasons.equals(List.of("SAME_DISTRICT"));
    }

    /** A ticket at the same place: any of the known ways matches, or the same district. */
    Query query() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (unit != null) {
            any.add(new TermQuery(new Term(TicketDocument.PLACE, unit)), Occur.SHOULD);
        }
        if (addressKey != null) {
            any.add(new TermQuery(new Term(TicketDocument.ADDRESS_KEY, addressKey)), Occur.SHOULD);
        }
        if (lat != null && lng != null) {
            any.add(LatLonPoint.newDistanceQuery(TicketDocument.POINT, lat, lng, radius), Occur.SHOULD);
        }
        if (district != null) {
            any.add(new TermQuery(new Term(TicketDocument.DISTRICT, district)), Occur.SHOULD);
        }
        return known() || district != null ? any.build() : new MatchNoDocsQuery("no place to compare");
    }

    List<String> reasons(Document doc) {
        List<String> out = new ArrayList<>();
        if (unit != null && unit.equals(doc.get(TicketDocument.PLACE))) {
            out.add("SAME_PLACE");
        }
        if (addressKey != null && addressKey.equals(doc.get(TicketDocument.ADDRESS_KEY))) {
            out.add("SAME_ADDRESS");
        }
        Integer m = metres(doc);
        if (m != null && m <= radius) {
            out.add("NEARBY");
        }
        if (out.isEmpty() && district != null && district.equals(doc.get(TicketDocument.DISTRICT))) {
            out.add("SAME_DISTRICT");
        }
        return out;
    }

    /** The distance in metres to the ticket's point, when both have one (haversine on a 6,371 km sphere). */
    Integer metres(Document doc) {
        if (lat == null || lng == null || doc.getField(TicketDocument.LAT) == null) {
            return null;
        }
        double lat2 = doc.getField(TicketDocument.LAT).numericValue().doubleValue();
        double lng2 = doc.getField(TicketDocument.LNG).numericValue().doubleValue();
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return (int) Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
