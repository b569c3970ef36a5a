package org.minhu.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minhu.platform.CleanText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.Channel;
import org.minhu.ticket.CreateTicket;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.Route;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.Urgency;

/** The operator's intake form, field for field what a call-taker writes down. */
class IntakeForm {

    @NotNull
    private Channel channel = Channel.PHONE;
    @NotNull
    private RequestType type = RequestType.COMPLAINT;
    @NotNull
    private Urgency urgency = Urgency.NORMAL;
    @Size(max = 200) @CleanText
    private String subject;
    @NotBlank @Size(max = 5000) @CleanText
    private String content;
    @Size(max = 64) @CleanText
    private String name;
    @Pattern(regexp = "|[0-9+()\\- ]{3,32}")
    private String phone;
    @Size(max = 500) @CleanText
    private String address;
    /** 保密: the caller asked that only the centre sees the number. */
    private boolean confidential;
    /** The category chosen, or accepted from the suggestion. */
    @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String categoryCode;
    /** The place accepted from the suggestion: the community's code, else the street's or township's. */
    @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]*")
    private String unitCode;
    /** The accepted LEAD unit: registering also dispatches to it (DIRECT), and to the ASSIST units. */
    @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]*")
    private String leadUnitCode;
    @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9,]*")
    private String assistUnitCodes;
    /** 直接答复 on the call: registering also answers, and nothing is dispatched. */
    @Size(max = 5000)
    private String answer;
    /** The knowledge article version the answer was taken from ("用此答复"); cleared with the answer. */
    private Long articleVersion;
    /** 合并: registering merges the new ticket into this open one (a duplicate proposed beside the form). */
    private Long mergeInto;
    /** The open emergency topics the request belongs to: tagged once it is registered. */
    private List<Long> topicIds = new ArrayList<>();
    /** One key per showing of the form: a second submit of the same form registers nothing new. */
    private String submission = java.util.UUID.randomUUID().toString();

    CreateTicket toRequest() {
        return new CreateTicket(channel, type, content, subject, urgency, blankless(categoryCode),
                new CreateTicket.Requester(name, phone == null || phone.isBlank() ? null : phone, confidential),
                new CreateTicket.Location(address, null, null, blankless(unitCode)));
    }

    /**
     * What registering goes on to do, in the same transaction: the merge into a duplicate, the
     * answer given on the call (from an article or not), or the dispatches chosen or accepted from
     * the suggestion (the LEAD first, then each ASSIST).
     */
    List<TicketCommand> nextSteps(long ticketId) {
        List<TicketCommand> commands = new ArrayList<>();
        if (mergeInto != null) {
            commands.add(new TicketCommand.Merge(ticketId, mergeInto));
        } else if (blankless(answer) != null) {
            commands.add(new TicketCommand.Answer(ticketId, answer, articleVersion));
        } else if (blankless(leadUnitCode) != null) {
            commands.add(new TicketCommand.Dispatch(ticketId, leadUnitCode, AssignmentRole.LEAD, Route.DIRECT));
            if (assistUnitCodes != null) {
                Arrays.stream(assistUnitCodes.split(",")).filter(c -> !c.isBlank()).distinct()
                        .filter(c -> !c.equals(leadUnitCode))
                        .forEach(c -> commands.add(new TicketCommand.Dispatch(ticketId, c, AssignmentRole.ASSIST, Route.DIRECT)));
            }
        }
        return commands;
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The form's idempotency key for the intake; none when an old page sent none. */
    String idempotencyKey() {
        return submission == null || submission.isBlank() ? null : "console-" + submission;
    }

    /** The form as intake's advice reads it, at the place accepted or suggested ({@code place}: community or street). */
    org.minhu.ticket.IntakeDraft draft(String place, String district) {
        return new org.minhu.ticket.IntakeDraft(null, subject, content, address, null, null,
                blankless(unitCode) != null ? blankless(unitCode) : place, district, blankless(categoryCode), blankless(phone));
    }

    public Long getArticleVersion() { return articleVersion; }
    public void setArticleVersion(Long articleVersion) { this.articleVersion = articleVersion; }
    public Long getMergeInto() { return mergeInto; }
    public void setMergeInto(Long mergeInto) { this.mergeInto = mergeInto; }
    public List<Long> getTopicIds() { return topicIds; }
    public void setTopicIds(List<Long> topicIds) { this.topicIds = topicIds == null ? new ArrayList<>() : topicIds; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getLeadUnitCode() { return leadUnitCode; }
    public void setLeadUnitCode(String leadUnitCode) { this.leadUnitCode = leadUnitCode; }
    public String getAssistUnitCodes() { return assistUnitCodes; }
    public void setAssistUnitCodes(String assistUnitCodes) { this.assistUnitCodes = assistUnitCodes; }
    public String getSubmission() { return submission; }
    public void setSubmission(String submission) { this.submission = submission; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public RequestType getType() { return type; }
    public void setType(RequestType type) { this.type = type; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
