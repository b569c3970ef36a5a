package org.minhu.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minhu.platform.CleanText;
import org.minhu.ticket.Channel;
import org.minhu.ticket.CreateTicket;
import org.minhu.ticket.RequestType;
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
    /** One key per showing of the form: a second submit of the same form registers nothing new. */
    private String submission = java.util.UUID.randomUUID().toString();

    CreateTicket toRequest() {
        return new CreateTicket(channel, type, content, subject, urgency, null,
                new CreateTicket.Requester(name, phone == null || phone.isBlank() ? null : phone, confidential),
                new CreateTicket.Location(address, null, null, null));
    }

    /** The form's idempotency key for the intake; none when an old page sent none. */
    String idempotencyKey() {
        return submission == null || submission.isBlank() ? null : "console-" + submission;
    }

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
