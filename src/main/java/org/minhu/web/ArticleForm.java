package org.minhu.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.minhu.knowledge.ArticleDraft;
import org.minhu.knowledge.ArticleView;
import org.springframework.format.annotation.DateTimeFormat;

/** An article as its editor fills in the console's form: lists written one after another, separated by "、", commas or lines. */
class ArticleForm {

    private String title;
    private String body;
    private String categoryCodes;
    private String keywords;
    private String synonyms;
    private String unitCodes;
    private String ownerUnitCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewBy;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;
    private int basedOn;

    static ArticleForm of(ArticleView a) {
        ArticleForm f = new ArticleForm();
        f.title = a.title();
        f.body = a.body();
        f.categoryCodes = String.join("、", a.categoryCodes());
        f.keywords = String.join("、", a.keywords());
        f.synonyms = String.join("、", a.synonyms());
        f.unitCodes = String.join("、", a.unitCodes());
        f.ownerUnitCode = a.ownerUnitCode();
        f.reviewBy = a.reviewBy();
        f.validFrom = a.validFrom();
        f.validTo = a.validTo();
        f.basedOn = a.version();
        return f;
    }

    ArticleDraft draft() {
        return new ArticleDraft(title, body, list(categoryCodes), list(keywords), list(synonyms), list(unitCodes),
                ownerUnitCode, reviewBy, validFrom, validTo);
    }

    private static List<String> list(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("[、,，;；\\n]+")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getCategoryCodes() { return categoryCodes; }
    public void setCategoryCodes(String categoryCodes) { this.categoryCodes = categoryCodes; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getSynonyms() { return synonyms; }
    public void setSynonyms(String synonyms) { this.synonyms = synonyms; }
    public String getUnitCodes() { return unitCodes; }
    public void setUnitCodes(String unitCodes) { this.unitCodes = unitCodes; }
    public String getOwnerUnitCode() { return ownerUnitCode; }
    public void setOwnerUnitCode(String ownerUnitCode) { this.ownerUnitCode = ownerUnitCode; }
    public LocalDate getReviewBy() { return reviewBy; }
    public void setReviewBy(LocalDate reviewBy) { this.reviewBy = reviewBy; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public int getBasedOn() { return basedOn; }
    public void setBasedOn(int basedOn) { this.basedOn = basedOn; }
}
