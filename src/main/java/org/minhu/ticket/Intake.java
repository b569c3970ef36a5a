package org.minhu.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.function.LongFunction;
import java.util.HexFormat;
import org.minhu.directory.Actor;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake with an optional {@code Idempotency-Key}: a repeat of the same key and body returns the
 * first ticket, the same key with another body is refused (422). The key is claimed in the same
 * transaction as the ticket, so of two racing repeats only one ticket survives. The API and the
 * console's intake form (whose every showing carries a key of its own) both register through it.
 */
@Component
public class Intake {

    /** The ticket, and whether it was made by an earlier request with the same key. */
    public record Result(TicketView ticket, boolean replayed) {
    }

    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }

    private final Tickets tickets;
    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<IntakeAdvisor> advisors;

    Intake(Tickets tickets, IdempotencyKeys keys, TransactionTemplate transaction, JsonMapper json, Clock clock,
           org.springframework.beans.factory.ObjectProvider<IntakeAdvisor> advisors) {
        this.advisors = advisors;
        this.tickets = tickets;
        this.keys = keys;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** Registers the request, or answers the ticket an earlier request with the same key and body made. */
    public Result create(CreateTicket request, Actor actor, String key) {
        return create(request, actor, key, id -> List.of());
    }

    /**
     * Registers the request and, in the same transaction, applies the commands made for the new
     * ticket (the console's "register and dispatch" of an accepted suggestion): either all of it
     * holds or nothing was registered. A replay applies nothing again.
     */
    public Result create(CreateTicket request, Actor actor, String key, LongFunction<List<TicketCommand>> then) {
        Result result = unadvised(request, actor, key, then);
        return new Result(advised(result.ticket(), request, actor), result.replayed());
    }

    /**
     * Intake's advice for a registered request, read after it was committed (advice never holds up
     * or undoes a registration): the open tickets it may duplicate and the articles that may answer it.
     */
    private TicketView advised(TicketView view, CreateTicket request, Actor actor) {
        IntakeDraft draft = new IntakeDraft(view.id(), view.subject(), view.content(), view.location().address(),
                view.location().lat(), view.location().lng(), view.location().unitCode(), view.districtCode(),
                view.categoryCode(), request.requester() == null ? null : request.requester().phone());
        Advice advice = advice(draft, actor);
        return view.withAdvice(advice.duplicates(), advice.articles());
    }

    /** What the advisors propose for a request: the open tickets it may duplicate, the articles that may answer it. */
    public record Advice(List<DuplicateCandidate> duplicates, List<ArticleSuggestion> articles) {
    }

    /** Asks every advisor about the draft, a request being typed or one registered ({@code ticketId} set). */
    public Advice advice(IntakeDraft draft, Actor actor) {
        List<DuplicateCandidate> duplicates = new java.util.ArrayList<>();
        List<ArticleSuggestion> articles = new java.util.ArrayList<>();
        advisors.orderedStream().forEach(a -> {
            duplicates.addAll(a.duplicates(draft, actor));
            articles.addAll(a.articles(draft, actor));
        });
        return new Advice(duplicates, articles);
    }

    private Result unadvised(CreateTicket request, Actor actor, String key, LongFunction<List<TicketCommand>> then) {
        if (key == null) {
            return new Result(transaction.execute(status -> registered(request, actor, then)), false);
        }
        checkKey(key);
        String hash = hash(request);
        return keys.find(actor.username(), key).map(claim -> replay(claim, hash, actor)).orElseGet(() -> {
            try {
                return new Result(transaction.execute(status -> {
                    TicketView view = registered(request, actor, then);
                    if (!keys.claim(actor.username(), key, hash, view.id(), clock.instant())) {
                        throw new KeyTaken();
                    }
                    return view;
                }), false);
            } catch (KeyTaken raced) {
                return replay(keys.find(actor.username(), key).orElseThrow(), hash, actor);
            }
        });
    }

    private TicketView registered(CreateTicket request, Actor actor, LongFunction<List<TicketCommand>> then) {
        TicketView view = tickets.create(request, actor);
        then.apply(view.id()).forEach(command -> tickets.handle(command, actor));
        return view;
    }

    private Result replay(IdempotencyKeys.Claim claim, String hash, Actor actor) {
        if (!claim.requestHash().equals(hash)) {
            throw new MinhuException(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used with a different request body");
        }
        return new Result(tickets.get(claim.ticketId(), actor), true);
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > 128 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw MinhuException.invalid("INVALID_IDEMPOTENCY_KEY", "An Idempotency-Key is 1 to 128 visible ASCII characters");
        }
    }

    private String hash(CreateTicket request) {
        try {
            byte[] body = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
