package org.minhu.insight;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.ticket.DuplicateCandidate;
import org.minhu.ticket.IntakeAdvisor;
import org.minhu.ticket.IntakeDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake's duplicates: proposed to the centre while it registers a request, and recorded once it
 * is registered, so that whether the operator merged it into a proposal can be counted.
 */
@Component
class DuplicateAdvice implements IntakeAdvisor {

    private final DuplicateFinder finder;
    private final JdbcClient jdbc;
    private final Clock clock;

    DuplicateAdvice(DuplicateFinder finder, JdbcClient jdbc, Clock clock) {
        this.finder = finder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<DuplicateCandidate> duplicates(IntakeDraft draft, Actor actor) {
        if (!actor.is(Role.OPERATOR) && !actor.is(Role.ADMIN)) {
            return List.of();
        }
        List<DuplicateCandidate> found = finder.find(draft, actor);
        if (draft.ticketId() != null) {
            for (int i = 0; i < found.size(); i++) {
                DuplicateCandidate c = found.get(i);
                jdbc.sql("""
                        INSERT INTO duplicate_proposal (ticket_id, candidate_id, rank, score, reasons, proposed_at)
                        VALUES (:ticket, :candidate, :rank, :score, :reasons, :at) ON CONFLICT DO NOTHING""")
                        .param("ticket", draft.ticketId()).param("candidate", c.id()).param("rank", i + 1)
                        .param("score", c.score()).param("reasons", String.join(",", c.reasons()))
                        .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
            }
        }
        return found;
    }
}
