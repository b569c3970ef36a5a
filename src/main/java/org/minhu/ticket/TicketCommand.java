package org.minhu.ticket;

import java.time.Instant;
import java.util.Map;
import org.minhu.platform.CleanText;
import org.minhu.platform.HasText;
import org.minhu.platform.MinhuException;

/**
 * What a user asks of a ticket, one record per verb of the lifecycle, checked once when it is
 * made (free text present, short enough and clean; an extension's days or date). The REST API,
 * the console and the import all send these to {@link Tickets#handle}; the import replays them
 * ({@link TicketImport.Step}). Registering a request is {@link CreateTicket} through the
 * idempotent {@link Intake}; revealing a number is {@link Tickets#revealPhone}, since it answers
 * with the number rather than the ticket.
 */
public sealed interface TicketCommand {

    /** A command on the ticket as a whole, by the 12345 centre or a supervisor. */
    sealed interface OnTicket extends TicketCommand {
        long ticketId();
    }

    /** A command on one assignment: the unit's own steps and the centre's decisions on them. */
    sealed interface OnAssignment extends TicketCommand {
        long assignmentId();
    }

    /** The unit a command sends the ticket to, checked before anything else; null when none. */
    default String unitNamed() {
        return null;
    }

    /** 直接答复. */
    /** 直接答复; {@code articleVersion}: the knowledge article version the answer was given from, if any. */
    record Answer(long ticketId, String answer, Long articleVersion) implements OnTicket {
        public Answer {
            answer = text(answer, "answer", 5000);
        }

        public Answer(long ticketId, String answer) {
            this(ticketId, answer, null);
        }
    }

    /** 派单: LEAD and DIRECT when not said. */
    record Dispatch(long ticketId, String unitCode, AssignmentRole role, Route route) implements OnTicket {
        public Dispatch {
            unitCode = code(unitCode);
            role = role == null ? AssignmentRole.LEAD : role;
            route = route == null ? Route.DIRECT : route;
        }

        @Override
        public String unitNamed() {
            return unitCode;
        }
    }

    /** 合并 into another live ticket. */
    record Merge(long ticketId, long parentId) implements OnTicket {
        public Merge {
            if (parentId <= 0) {
                throw MinhuException.invalid("VALIDATION_FAILED", "empty", "parentId must be a ticket's id",
                        Map.of("field", "parentId"));
            }
        }
    }

    /** 终止. */
    record Terminate(long ticketId, String reason) implements OnTicket {
        public Terminate {
            reason = text(reason, "reason", 1000);
        }
    }

    /** 回访. */
    record RecordCallback(long ticketId, CallbackResult result) implements OnTicket {
        public RecordCallback {
            if (result == null) {
                throw MinhuException.invalid("VALIDATION_FAILED", "callback-answers",
                        "Give resolved and satisfied, or unreachable: true", Map.of());
            }
        }
    }

    /** 重办 after an unresolved callback. */
    record Reopen(long ticketId) implements OnTicket {
    }

    /** A command on a whistle, by a unit it summoned. */
    sealed interface OnWhistle extends TicketCommand {
        long whistleId();
    }

    /**
     * 督办, with an optional note; {@code level} null: the supervisor's own (a city supervisor's
     * CITY, else DISTRICT); {@code dueAt} null: the lead's completion deadline.
     */
    record Supervise(long ticketId, String note, SupervisionLevel level, Instant dueAt) implements OnTicket {
        public Supervise {
            note = note == null || note.isBlank() ? null : text(note, "note", 1000);
        }

        public Supervise(long ticketId, String note) {
            this(ticketId, note, null, null);
        }
    }

    /** 解除督办, with an optional note. */
    record LiftSupervision(long ticketId, String note) implements OnTicket {
        public LiftSupervision {
            note = note == null || note.isBlank() ? null : text(note, "note", 1000);
        }
    }

    /** 吹哨: the lead street or township summons departments and utilities, saying what for. */
    record BlowWhistle(long ticketId, WhistleType type, java.util.List<String> unitCodes, String note) implements OnTicket {
        public BlowWhistle {
            if (type == null) {
                throw MinhuException.invalid("VALIDATION_FAILED", "empty", "type must be DAILY, TASK or EMERGENCY",
                        Map.of("field", "type"));
            }
            if (unitCodes == null || unitCodes.isEmpty() || unitCodes.size() > WhistleRules.MAX_SUMMONED) {
                throw MinhuException.invalid("VALIDATION_FAILED", "whistle-units",
                        "unitCodes names 1 to " + WhistleRules.MAX_SUMMONED + " departments or utilities",
                        Map.of("field", "unitCodes"));
            }
            unitCodes = unitCodes.stream().map(TicketCommand::code).toList();
            note = text(note, "note", 1000);
        }
    }

    /** 报到, with an optional note (who came, where they are). */
    record ReportIn(long whistleId, String note) implements OnWhistle {
        public ReportIn {
            note = note == null || note.isBlank() ? null : text(note, "note", 1000);
        }
    }

    /** What a summoned unit did for the whistle. */
    record RecordWhistleWork(long whistleId, String note) implements OnWhistle {
        public RecordWhistleWork {
            note = text(note, "note", 2000);
        }
    }

    /** 免考核 asked, with the reason and the evidence for it. */
    record RequestExemption(long ticketId, ExemptionReason reasonCode, String evidence) implements OnTicket {
        public RequestExemption {
            if (reasonCode == null) {
                throw MinhuException.invalid("VALIDATION_FAILED", "empty", "reasonCode must be given",
                        Map.of("field", "reasonCode"));
            }
            evidence = text(evidence, "evidence", 2000);
        }
    }

    /** A supervisor approves the pending exemption. */
    record ApproveExemption(long ticketId) implements OnTicket {
    }

    /** A supervisor rejects the pending exemption, saying why. */
    record RejectExemption(long ticketId, String reason) implements OnTicket {
        public RejectExemption {
            reason = text(reason, "reason", 1000);
        }
    }

    /** 签收. */
    record Accept(long assignmentId) implements OnAssignment {
    }

    /** 退单 asked by the unit. */
    record RequestReturn(long assignmentId, String reason) implements OnAssignment {
        public RequestReturn {
            reason = text(reason, "reason", 1000);
        }
    }

    /** The centre approves a return, re-dispatching to {@code redispatchTo} when given. */
    record ApproveReturn(long assignmentId, String redispatchTo) implements OnAssignment {
        public ApproveReturn {
            redispatchTo = redispatchTo == null || redispatchTo.isBlank() ? null : code(redispatchTo);
        }

        @Override
        public String unitNamed() {
            return redispatchTo;
        }
    }

    record RejectReturn(long assignmentId) implements OnAssignment {
    }

    /** 响应. */
    record Respond(long assignmentId) implements OnAssignment {
    }

    /** 办结, with the reply to the citizen. */
    record Complete(long assignmentId, String reply) implements OnAssignment {
        public Complete {
            reply = text(reply, "reply", 5000);
        }
    }

    /** 延期: until an instant, or 1–60 working days past the deadline in force (exactly one). */
    record RequestExtension(long assignmentId, Instant until, Integer workingDays, String reason) implements OnAssignment {
        public RequestExtension {
            reason = text(reason, "reason", 500);
            if ((until == null) == (workingDays == null)) {
                throw MinhuException.invalid("VALIDATION_FAILED", "extension-either", "Give either until or workingDays",
                        Map.of());
            }
            if (workingDays != null && (workingDays < 1 || workingDays > 60)) {
                throw MinhuException.invalid("VALIDATION_FAILED", "extension-days",
                        "An extension is 1 to 60 working days, not " + workingDays, Map.of("workingDays", workingDays));
            }
        }
    }

    record ApproveExtension(long assignmentId) implements OnAssignment {
    }

    record RejectExtension(long assignmentId) implements OnAssignment {
    }

    /** 转派 by a district's 12345 office to a unit of its district; LEAD when not said. */
    record Forward(long assignmentId, String unitCode, AssignmentRole role) implements OnAssignment {
        public Forward {
            unitCode = code(unitCode);
            role = role == null ? AssignmentRole.LEAD : role;
        }

        @Override
        public String unitNamed() {
            return unitCode;
        }
    }

    /** Free text from any caller: present, not too long, and text. */
    private static String text(String value, String field, int max) {
        if (value == null || !HasText.Validator.hasText(value)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "empty", field + " must not be empty", Map.of("field", field));
        }
        if (value.length() > max || !CleanText.Validator.isClean(value)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "too-long", field + " must be text of at most " + max
                    + " characters", Map.of("field", field, "maxLength", max));
        }
        return value.strip();
    }

    /** A unit's code as the directory writes them: letters and digits, at most 32. */
    private static String code(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw MinhuException.invalid("VALIDATION_FAILED", "empty", "unitCode must not be empty", Map.of("field", "unitCode"));
        }
        String code = unitCode.strip();
        if (code.length() > 32 || !code.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw MinhuException.invalid("VALIDATION_FAILED", "unit-code", "unitCode is letters and digits, at most 32",
                    Map.of("field", "unitCode"));
        }
        return code;
    }
}
