package org.minhu.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.minhu.ticket.Channel;
import org.minhu.ticket.TicketQuery;
import org.minhu.ticket.TicketStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ticket list's filters as the form and the address carry them (state, unit, district,
 * category, channel, dates, text), shared by the list and its export; a value of the wrong kind is
 * the console's 400 {@code INVALID_PARAMETER}.
 */
class TicketFilters {

    private TicketStatus status;
    private String unit;
    private String unitName;
    private String district;
    private String category;
    private Channel channel;
    private String q;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private int page;

    TicketQuery query(ZoneId zone, int size) {
        return new TicketQuery(status, blank(unit), blank(category), from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), q, null, Math.max(page, 0), size,
                blank(district), channel);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public TicketStatus getStatus() { return status; }
    public void setStatus(TicketStatus status) { this.status = status; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
