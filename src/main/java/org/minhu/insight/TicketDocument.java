package org.minhu.insight;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.minhu.ticket.IndexedTicket;

/**
 * A ticket as a Lucene document. Filters are exact terms; the facets' fields also carry doc
 * values; {@code created} is a point for ranges and a doc value for sorting; the text (subject,
 * content and address, numbers masked) is stored with offsets for highlighted snippets.
 */
final class TicketDocument {

    static final String ID = "id";
    static final String NUMBER = "number";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String DISTRICT = "district";
    static final String CATEGORY = "category";
    static final String CATEGORY_PATH = "categoryPath";
    static final String UNIT = "unit";
    static final String UNIT_DISTRICT = "unitDistrict";
    static final String PLACE = "place";
    static final String MONTH = "month";
    static final String CREATED = "created";
    static final String POINT = "point";
    static final String ADDRESS_KEY = "addressKey";
    static final String LAT = "lat";
    static final String LNG = "lng";
    /** The facets, in the order the answer lists them. */
    static final java.util.List<String> FACETS = java.util.List.of(STATUS, UNIT, DISTRICT, CATEGORY, CHANNEL, MONTH);

    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private TicketDocument() {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document of(IndexedTicket t, ZoneId zone) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(t.id()), Field.Store.YES));
        d.add(new StringField(NUMBER, t.number(), Field.Store.YES));
        facet(d, STATUS, t.status().name());
        facet(d, CHANNEL, t.channel().name());
        facet(d, DISTRICT, t.districtCode());
        facet(d, CATEGORY, t.categoryCode());
        facet(d, MONTH, MONTH_FORMAT.format(t.createdAt().atZone(zone)));
        t.units().forEach(u -> facet(d, UNIT, u));
        t.unitDistricts().forEach(u -> d.add(new StringField(UNIT_DISTRICT, u, Field.Store.NO)));
        if (t.categoryCode() != null) { // 03 › 03.02 › 03.02.01: a filter on a category takes those under it
            String code = t.categoryCode();
            for (int dot = code.indexOf('.'); dot > 0; dot = code.indexOf('.', dot + 1)) {
                d.add(new StringField(CATEGORY_PATH, code.substring(0, dot), Field.Store.NO));
            }
            d.add(new StringField(CATEGORY_PATH, code, Field.Store.NO));
        }
        if (t.locationUnitCode() != null) {
            d.add(new StringField(PLACE, t.locationUnitCode(), Field.Store.YES));
        }
        String addressKey = addressKey(t.address());
        if (addressKey != null) {
            d.add(new StringField(ADDRESS_KEY, addressKey, Field.Store.YES));
        }
        d.add(new StoredField(STATUS, t.status().name()));
        if (t.categoryCode() != null) {
            d.add(new StoredField(CATEGORY, t.categoryCode()));
        }
        if (t.districtCode() != null) {
            d.add(new StoredField(DISTRICT, t.districtCode()));
        }
        long created = t.createdAt().toEpochMilli();
        d.add(new LongPoint(CREATED, created));
        d.add(new NumericDocValuesField(CREATED, created));
        d.add(new StoredField(CREATED, created));
        if (t.lat() != null && t.lng() != null) {
            d.add(new LatLonPoint(POINT, t.lat(), t.lng()));
            d.add(new StoredField(LAT, t.lat()));
            d.add(new StoredField(LNG, t.lng()));
        }
        String text = text(t);
        d.add(new Field(ChineseAnalysis.TEXT, text, TEXT_TYPE));
        d.add(new TextField(ChineseAnalysis.WORDS, text, Field.Store.NO));
        return d;
    }

    /** Subject, content and address, one per line: what a search reads and a snippet shows. */
    static String text(IndexedTicket t) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {t.subject(), t.content(), t.address()}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.strip());
            }
        }
        return text.toString();
    }

    /** An address as a key: without spaces and punctuation, lower case; null when none is left. */
    static String addressKey(String address) {
        if (address == null) {
            return null;
        }
        String key = address.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "").toLowerCase(java.util.Locale.ROOT);
        return key.length() < 8 ? null : key; // "朝阳区建外街道" names a street, not an address
    }

    private static void facet(Document d, String field, String value) {
        if (value != null) {
            d.add(new StringField(field, value, Field.Store.NO));
            d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
