package org.minhu.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineStep;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.dispatch.Category;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.CallbackResult;
import org.minhu.ticket.Channel;
import org.minhu.ticket.Resolved;
import org.minhu.ticket.Route;
import org.minhu.ticket.Satisfied;
import org.minhu.ticket.TicketImport;
import org.minhu.ticket.TicketImport.Historic;
import org.minhu.ticket.TicketImport.Step;
import org.minhu.ticket.Urgency;

/**
 * Plans the demo month: when each request arrives, from where, about what, and what then happens
 * to it, step by step, as the real lifecycle allows. A ticket's whole future is planned first and
 * then cut at the present, so recent tickets are caught half-way (waiting to be accepted,
 * responded to, completed, called back) and old ones are mostly closed. Deterministic for a seed
 * and a present.
 */
final class DemoPlanner {

    /** Units that do badly this month: slow, and their citizens less often helped and satisfied. */
    static final List<String> LAGGARDS = List.of("天通苑北街道", "十八里店地区", "瀛海地区", "长阳镇", "北京热力集团");

    private static final double[] HOUR_WEIGHT = {0.35, 0.22, 0.15, 0.12, 0.12, 0.2, 0.5, 1.4, 3.4, 6.0, 6.6, 5.8,
            3.6, 4.2, 5.7, 6.1, 5.7, 4.3, 3.2, 3.0, 2.7, 2.1, 1.3, 0.7};
    /** The share of requests the operator answers on the call, as in Beijing: about half. */
    private static final double ANSWERED_SHARE = 0.5;
    private static final Channel[] CHANNELS = Channel.values();
    private static final double[] CHANNEL_WEIGHT = {60, 9, 12.5, 12.5, 1.3, 1.2, 1.5, 2}; // PHONE WEB APP WECHAT EMAIL MEDIA OPEN311 PROACTIVE

    private static final Map<String, String> ASSIST_BY_GROUP = Map.of("03", "D11000000001", "04", "D11000000019",
            "05", "D11000000003", "07", "D11000000004", "08", "D11000000005", "13", "D11000000020", "02", "D11000000006",
            "11", "D11000000012", "12", "D11000000001");
    private static final Map<String, String> DEPARTMENT_BY_GROUP = Map.of("02", "D11000000006", "09", "D11000000008",
            "10", "D11000000018", "11", "D11000000012", "12", "D11000000001", "01", "D11000000029");
    private static final Map<String, Double> URGENT = Map.of("06.03.01", 1.0, "06.01.01", 0.3, "06.02.01", 0.35,
            "03.02.03", 0.2, "06.04.02", 0.3, "06.06.02", 0.25, "13.01.02", 0.3);
    private static final Map<String, Double> COMPLEX = Map.ofEntries(Map.entry("02.01.01", 0.4),
            Map.entry("04.03.01", 0.35), Map.entry("04.03.02", 0.3), Map.entry("04.03.03", 0.3),
            Map.entry("03.02.04", 0.5), Map.entry("03.03.01", 0.5), Map.entry("03.03.02", 0.3),
            Map.entry("03.01.04", 0.5), Map.entry("08.02.01", 0.3), Map.entry("12.03.01", 0.2),
            Map.entry("03.01.01", 0.15), Map.entry("14.01.02", 0.4));

    private final DemoCity city;
    private final DemoTexts texts;
    private final Map<String, Category> categories = new HashMap<>();
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Instant now;
    private final int count;
    private final int days;
    private final Random r;

    private final List<Actor> operators = new ArrayList<>();
    private final Actor citySupervisor;
    private final Set<String> laggards = new HashSet<>();
    private final Map<String, Double> pace = new HashMap<>();
    private final double[] districtWeights;
    private final Map<String, double[]> streetWeights = new HashMap<>();
    private final double answerableBoost;

    /** One planned ticket while the month is planned. */
    private static final class Planned {
        final String ref;
        final Instant createdAt;
        DemoTexts.Template template;
        DemoTexts.Place place;
        boolean child;
        boolean terminated;
        Historic historic;

        Planned(String ref, Instant createdAt) {
            this.ref = ref;
            this.createdAt = createdAt;
        }
    }

    DemoPlanner(DemoCity city, DemoTexts texts, List<Category> leaves, Deadlines deadlines, WorkingCalendar calendar,
                ZoneId zone, Instant now, int count, int days, long seed) {
        this.city = city;
        this.texts = texts;
        leaves.forEach(c -> categories.put(c.code(), c));
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.zone = zone;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.count = count;
        this.days = days;
        this.r = new Random(seed);
        for (String u : DemoUsers.OPERATORS) {
            operators.add(new Actor(u, Role.OPERATOR, DemoCity.CENTRE, null));
        }
        citySupervisor = new Actor(DemoUsers.CITY_SUPERVISOR, Role.SUPERVISOR, DemoCity.CENTRE, null);
        for (Unit u : city.byCode.values()) {
            if (LAGGARDS.contains(u.name()) && u.kind() != UnitKind.COMMUNITY) {
                laggards.add(u.code());
            }
        }
        districtWeights = city.districts.stream()
                .mapToDouble(d -> d.population() == null ? 500_000 : d.population()).toArray();
        Random weights = new Random(seed ^ 0x5DEECE66DL);
        for (Unit d : city.districts) {
            List<Unit> streets = city.streetsByDistrict.get(d.code());
            double[] w = new double[streets.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.exp(0.5 * weights.nextGaussian()) * (laggards.contains(streets.get(i).code()) ? 2.5 : 1.0);
            }
            streetWeights.put(d.code(), w);
        }
        for (Unit u : city.byCode.values()) {
            if (u.kind() != UnitKind.COMMUNITY) {
                pace.put(u.code(), laggards.contains(u.code()) ? 3.0 : Math.exp(0.25 * weights.nextGaussian()));
            }
        }
        double high = 0;
        double highAnswered = 0;
        double low = 0;
        double lowAnswered = 0;
        for (DemoTexts.Template t : texts.templates) {
            if (!categories.containsKey(t.category())) {
                throw new IllegalStateException("Demo template of unknown category " + t.category());
            }
            if (t.answerShare() >= 0.5) {
                high += t.weight();
                highAnswered += t.weight() * t.answerShare();
            } else {
                low += t.weight();
                lowAnswered += t.weight() * t.answerShare();
            }
        }
        // weigh the questions an operator answers at once so that about half of all requests are answered
        double target = ANSWERED_SHARE / (1 - CHANNEL_WEIGHT[Channel.PROACTIVE.ordinal()] / 100);
        answerableBoost = Math.max(1, (target * low - lowAnswered) / (highAnswered - target * high));
    }

    List<String> laggardNames() {
        return laggards.stream().map(c -> city.unit(c).name()).sorted().toList();
    }

    List<Historic> plan() {
        List<Instant> times = arrivals();
        List<Planned> planned = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            Planned p = new Planned("demo-" + (i + 1), times.get(i));
            Planned parent = i > 0 && r.nextDouble() < 0.025 ? duplicateOf(planned, p.createdAt) : null;
            if (parent != null) {
                planChild(p, parent);
            } else {
                planTicket(p);
            }
            planned.add(p);
        }
        return planned.stream().map(p -> p.historic).toList();
    }

    // ---------------------------------------------------------------- arrivals

    /** {@code count} arrival times over the last {@code days} days, by weekday/holiday and hour of day, sorted. */
    private List<Instant> arrivals() {
        Instant start = now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
        int hours = (int) Duration.between(start, now).toHours() + 1;
        double[] cumulative = new double[hours];
        double sum = 0;
        for (int h = 0; h < hours; h++) {
            ZonedDateTime local = start.plus(Duration.ofHours(h)).atZone(zone);
            double w = HOUR_WEIGHT[local.getHour()] * (workingDay(local.toLocalDate()) ? 1.0 : 0.72);
            Instant bucketEnd = start.plus(Duration.ofHours(h + 1));
            if (bucketEnd.isAfter(now)) {
                w *= Duration.between(start.plus(Duration.ofHours(h)), now).toSeconds() / 3600.0;
            }
            sum += Math.max(w, 0);
            cumulative[h] = sum;
        }
        List<Instant> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int h = Arrays.binarySearch(cumulative, r.nextDouble() * sum);
            h = h < 0 ? -h - 1 : h;
            Instant bucket = start.plus(Duration.ofHours(Math.min(h, hours - 1)));
            Instant t = bucket.plusSeconds(r.nextInt(3600));
            times.add(t.isAfter(now) ? now : t);
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }

    private boolean workingDay(LocalDate day) {
        try {
            return calendar.isWorkingDay(day);
        } catch (RuntimeException notCovered) {
            return day.getDayOfWeek().getValue() <= 5;
        }
    }

    // ---------------------------------------------------------------- one ticket

    private void planTicket(Planned p) {
        Channel channel = CHANNELS[weighted(CHANNEL_WEIGHT)];
        DemoTexts.Template template = template(p.createdAt);
        DemoTexts.Place place = place();
        p.template = template;
        p.place = place;
        Category category = categories.get(template.category());
        Urgency urgency = urgency(template.category());
        DemoTexts.Filler filler = new DemoTexts.Filler(place, r, p.createdAt, zone);
        Actor operator = operator();
        Unit lead = leadUnit(category, place);
        boolean answered = channel != Channel.PROACTIVE && r.nextDouble() < template.answerShare();

        Timeline line = new Timeline(p, category, urgency, place, template.subject());
        if (answered) {
            line.answered(channel);
        } else {
            Instant dispatchAt = p.createdAt.plus(intakeDelay(channel, false));
            Route route = DemoCity.streetLevel(lead) && r.nextDouble() < 0.22 ? Route.RELAYED : Route.DIRECT;
            line.round(dispatchAt, lead, route, true, false);
        }
        List<Step> steps = line.steps;
        steps.sort(Comparator.comparing(Step::at)); // stable: steps of one instant keep their order
        long age = Duration.between(p.createdAt, now).toHours();
        if (r.nextDouble() < 0.015) {
            p.terminated = terminate(steps, p.createdAt);
        }
        if (!p.terminated && (age < 72 && r.nextDouble() < 0.2 || line.laggard && age < 240 && r.nextDouble() < 0.2)) {
            stall(steps, channel);
        }
        steps.removeIf(s -> s.at().isAfter(now));
        p.historic = historic(p, channel, urgency, filler, operator, steps, place);
    }

    private void planChild(Planned p, Planned parent) {
        Channel channel = CHANNELS[weighted(CHANNEL_WEIGHT)];
        if (channel == Channel.PROACTIVE) {
            channel = Channel.PHONE;
        }
        p.child = true;
        p.template = parent.template;
        p.place = parent.place;
        DemoTexts.Filler filler = new DemoTexts.Filler(p.place, r, p.createdAt, zone);
        List<Step> steps = new ArrayList<>();
        Instant mergeAt = p.createdAt.plus(minutes(3 + r.nextInt(40)));
        if (!mergeAt.isAfter(now)) {
            steps.add(new TicketImport.Merge(operator(), mergeAt, parent.ref));
        }
        p.historic = historic(p, channel, parent.historic.urgency(), filler, operator(), steps, p.place);
    }

    /** A recent earlier ticket this one may duplicate: not itself a duplicate, not terminated, within 12 hours. */
    private Planned duplicateOf(List<Planned> planned, Instant at) {
        for (int tries = 0; tries < 5; tries++) {
            Planned candidate = planned.get(planned.size() - 1 - r.nextInt(Math.min(planned.size(), 80)));
            if (!candidate.child && !candidate.terminated && candidate.historic.channel() != Channel.PROACTIVE
                    && Duration.between(candidate.createdAt, at).toHours() < 12) {
                return candidate;
            }
        }
        return null;
    }

    private Historic historic(Planned p, Channel channel, Urgency urgency, DemoTexts.Filler filler, Actor operator,
                              List<Step> steps, DemoTexts.Place place) {
        String content = filler.fill(p.template.content());
        String subject = filler.fill(p.template.subject());
        String name = null;
        String phone = null;
        switch (channel) {
            case PROACTIVE -> content = "网格员巡查发现：" + content.replace("来电人反映", "").replace("来电人", "居民");
            case PHONE -> {
                name = r.nextDouble() < 0.93 ? DemoTexts.requesterName(r) : null;
                phone = DemoTexts.phone(r);
            }
            default -> {
                content = content.replace("来电人", channel == Channel.MEDIA ? "媒体报道，市民" : "市民");
                name = r.nextDouble() < 0.85 ? DemoTexts.requesterName(r) : null;
                phone = DemoTexts.phone(r);
            }
        }
        return new Historic(p.ref, channel, p.template.type(), urgency, subject, content, p.template.category(), name,
                phone, filler.address(), place.street().code(), place.district().code(), operator, p.createdAt, steps);
    }

    /** Cuts the plan short with a termination before it closes; false when there is no time for one. */
    private boolean terminate(List<Step> steps, Instant createdAt) {
        Instant from = createdAt.plus(minutes(10));
        Instant until = steps.isEmpty() ? createdAt.plus(Duration.ofDays(2)) : steps.getLast().at().plus(Duration.ofDays(1));
        for (Step s : steps) {
            if (s instanceof TicketImport.Callback c && !(c.result().resolved() == Resolved.NO && !c.result().unreachable())) {
                until = s.at();
                break;
            }
        }
        if (until.isAfter(now)) {
            until = now;
        }
        if (!until.isAfter(from)) {
            return false;
        }
        Instant at = from.plusSeconds((long) (r.nextDouble() * Duration.between(from, until).toSeconds()));
        steps.removeIf(s -> !s.at().isBefore(at));
        steps.add(new TicketImport.Terminate(operator(), at, DemoTexts.terminateReason(r)));
        return true;
    }

    /** Leaves the ticket waiting after one of its steps (or before any, for written requests). */
    private void stall(List<Step> steps, Channel channel) {
        List<Integer> stops = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.at().isAfter(now)) {
                break;
            }
            if (s instanceof TicketImport.Dispatch || s instanceof TicketImport.Accept || s instanceof TicketImport.Respond
                    || s instanceof TicketImport.RequestReturn || s instanceof TicketImport.RequestExtension
                    || s instanceof TicketImport.Complete || s instanceof TicketImport.Answer) {
                stops.add(i);
                if (s instanceof TicketImport.RequestReturn || s instanceof TicketImport.RequestExtension) {
                    for (int extra = 0; extra < 5; extra++) {
                        stops.add(i); // the rarer waits get more weight
                    }
                }
            }
        }
        if (channel != Channel.PHONE && r.nextDouble() < 0.35) {
            steps.clear();
            return;
        }
        if (!stops.isEmpty()) {
            int keep = stops.get(r.nextInt(stops.size()));
            steps.subList(keep + 1, steps.size()).clear();
        }
    }

    // ---------------------------------------------------------------- the life of a ticket

    /** Builds one ticket's steps. */
    private final class Timeline {
        final Planned ticket;
        final Category category;
        final Urgency urgency;
        final DemoTexts.Place place;
        final String subject;
        final List<Step> steps = new ArrayList<>();
        boolean supervised;
        boolean laggard;
        int reopens;

        Timeline(Planned ticket, Category category, Urgency urgency, DemoTexts.Place place, String subject) {
            this.ticket = ticket;
            this.category = category;
            this.urgency = urgency;
            this.place = place;
            this.subject = subject;
        }

        void answered(Channel channel) {
            Instant at = ticket.createdAt.plus(intakeDelay(channel, true));
            steps.add(new TicketImport.Answer(operator(), at,
                    DemoTexts.answer(r, ticket.template.subject(), place.district().name())));
            if (r.nextDouble() >= 0.93) {
                return; // no callback yet
            }
            Instant callbackAt = at.plus(minutes(180 + r.nextInt(60 * 40)));
            CallbackResult result = callback(false);
            steps.add(new TicketImport.Callback(operator(), callbackAt, result));
            if (unresolved(result) && r.nextDouble() < 0.6) {
                Instant reopenAt = callbackAt.plus(minutes(30 + r.nextInt(8 * 60)));
                steps.add(new TicketImport.Reopen(operator(), reopenAt));
                reopens++;
                Unit unit = leadUnit(category, place);
                if (unit.kind() == UnitKind.CENTER) {
                    unit = place.street();
                }
                Route route = DemoCity.streetLevel(unit) && r.nextDouble() < 0.22 ? Route.RELAYED : Route.DIRECT;
                round(reopenAt.plus(minutes(10 + r.nextInt(80))), unit, route, false, false);
            }
        }

        /**
         * One round of work by a lead unit: dispatched at {@code at} (by a Dispatch step, or by the
         * reopen or return decision just planned when {@code dispatched}), then accepted, responded,
         * completed, called back, maybe reopened.
         */
        void round(Instant at, Unit unit, Route route, boolean extras, boolean dispatched) {
            if (at.isAfter(now)) {
                return; // the rest of its life lies in the future
            }
            DeadlineClass dc = deadlineClass(unit);
            Instant returnUntil = due(DeadlineStep.RETURN, dc, at);
            Instant respondDue = due(DeadlineStep.RESPOND, dc, at);
            Instant completeDue = due(DeadlineStep.COMPLETE, dc, at);
            if (returnUntil == null || respondDue == null || completeDue == null) {
                if (dispatched) {
                    steps.removeLast(); // the reopen or return decision that would have dispatched it
                }
                return;
            }
            if (!dispatched) {
                steps.add(new TicketImport.Dispatch(operator(), at, unit.code(), AssignmentRole.LEAD, route));
            }
            Actor handler = handler(unit);
            boolean slow = laggards.contains(unit.code());
            laggard |= slow;
            double pace = DemoPlanner.this.pace.getOrDefault(unit.code(), 1.0);
            boolean recent = Duration.between(at, now).toHours() < 72;

            Instant accepted = null;
            Instant t = at;
            boolean lastDay = Duration.between(at, now).toHours() < 36;
            if (extras && r.nextDouble() < (lastDay ? 0.2 : recent ? 0.10 : slow ? 0.08 : 0.05)) {
                // 退单: the unit says "not ours"
                if (r.nextBoolean()) {
                    accepted = acceptTime(t, pace);
                    steps.add(new TicketImport.Accept(handler, accepted));
                    t = accepted;
                }
                Instant asked = t.plus(minutes(20 + r.nextInt(8 * 60)));
                if (!asked.isBefore(returnUntil)) {
                    asked = returnUntil.minus(minutes(5 + r.nextInt(30)));
                }
                if (asked.isAfter(t)) {
                    Unit next = redispatchTarget(unit);
                    steps.add(new TicketImport.RequestReturn(handler, asked, DemoTexts.returnReason(r, next.name())));
                    Instant decided = asked.plus(minutes(20 + (long) logn(300, 1.0)));
                    if (r.nextDouble() < 0.7) {
                        steps.add(new TicketImport.ApproveReturn(operator(), decided, unit.code(), next.code()));
                        round(decided, next, Route.DIRECT, false, true);
                        return;
                    }
                    steps.add(new TicketImport.RejectReturn(operator(), decided, unit.code()));
                    accepted = accepted == null ? decided : accepted;
                    t = decided;
                }
            }
            if (accepted == null) {
                accepted = acceptTime(t, pace);
                steps.add(new TicketImport.Accept(handler, accepted));
            }
            double respondMedian = dc == DeadlineClass.URGENT ? 40 : 180;
            Instant base = accepted.isAfter(t) ? accepted : t; // after a rejected return: from the decision
            Instant responded = base.plus(minutes((long) (1 + logn(respondMedian, 0.9) * pace)));
            steps.add(new TicketImport.Respond(handler, responded));
            double completeMedian = switch (dc) {
                case URGENT, UTILITY -> 6 * 60;
                case NORMAL -> 2.5 * 24 * 60;
                case COMPLEX -> 6 * 24 * 60;
            };
            double completePace = slow ? 2.0 : Math.sqrt(pace);
            Instant completed = responded.plus(minutes((long) (5 + logn(completeMedian, 0.7) * completePace)));

            boolean extension = (dc == DeadlineClass.NORMAL || dc == DeadlineClass.COMPLEX) && completeDue.isAfter(responded)
                    && r.nextDouble() < (Duration.between(at, now).toDays() < 8 ? 0.12 : slow ? 0.10 : 0.04);
            if (extension && plusWorkingDays(completeDue, 10) == null) {
                extension = false;
            }
            if (extension) {
                long window = Duration.between(responded, completeDue).toSeconds();
                Instant asked = responded.plusSeconds((long) (window * (0.1 + 0.6 * r.nextDouble())));
                Instant until = plusWorkingDays(completeDue, 3 + r.nextInt(8));
                steps.add(new TicketImport.RequestExtension(handler, asked, until, DemoTexts.extensionReason(r)));
                Instant decided = asked.plus(minutes((long) (60 + logn(10 * 60, 1.0))));
                if (r.nextDouble() < 0.85) {
                    steps.add(new TicketImport.ApproveExtension(operator(), decided, unit.code()));
                    completeDue = until;
                    if (completed.isAfter(until) && !slow) {
                        completed = until.minus(minutes(60 + r.nextInt(24 * 60)));
                    }
                } else {
                    steps.add(new TicketImport.RejectExtension(operator(), decided, unit.code()));
                }
                if (!completed.isAfter(decided)) {
                    completed = decided.plus(minutes(30 + r.nextInt(12 * 60)));
                }
            }
            if (!supervised) {
                Instant missed = responded.isAfter(respondDue) ? respondDue : completed.isAfter(completeDue) ? completeDue : null;
                Instant supervise = null;
                if (missed != null && r.nextDouble() < 0.4) {
                    supervise = missed.plus(minutes(60 + r.nextInt(20 * 60)));
                } else if (r.nextDouble() < 0.01) {
                    supervise = at.plus(minutes(30 + r.nextInt(6 * 60)));
                }
                if (supervise != null && supervise.isBefore(completed)) {
                    Actor who = r.nextDouble() < 0.2 ? citySupervisor : supervisor(place.district());
                    steps.add(new TicketImport.Supervise(who, supervise, DemoTexts.superviseNote(r)));
                    supervised = true;
                }
            }
            if (extras && DemoCity.streetLevel(unit) && r.nextDouble() < 0.07) {
                assist(at, completed);
            }
            if (due(DeadlineStep.CALLBACK, dc, completed) == null) {
                return; // completion would fall where the calendar ends
            }
            CallbackResult result = callback(slow);
            int replyKind = result.unreachable() || result.resolved() == Resolved.YES ? 0
                    : result.resolved() == Resolved.PARTLY ? 1 : 2;
            steps.add(new TicketImport.Complete(handler, completed, DemoTexts.reply(r, unit.name(), subject, replyKind)));
            Instant callbackAt = completed.plus(minutes((long) (30 + logn(16 * 60, 0.8))));
            steps.add(new TicketImport.Callback(operator(), callbackAt, result));
            if (unresolved(result) && reopens < 2 && r.nextDouble() < 0.75) {
                Instant reopenAt = callbackAt.plus(minutes(30 + r.nextInt(12 * 60)));
                steps.add(new TicketImport.Reopen(operator(), reopenAt));
                reopens++;
                round(reopenAt, unit, route, false, true);
            }
        }

        /** A department joins as 协办 and finishes its share before the lead completes. */
        private void assist(Instant leadDispatched, Instant leadCompleted) {
            String code = ASSIST_BY_GROUP.getOrDefault(category.code().substring(0, 2), "D11000000002");
            Unit unit = city.unit(code);
            if (unit == null) {
                return;
            }
            Instant at = leadDispatched.plus(minutes(1 + r.nextInt(30)));
            long span = Duration.between(at, leadCompleted).toSeconds();
            if (span < 3600 || due(DeadlineStep.COMPLETE, deadlineClass(unit), at) == null) {
                return;
            }
            Actor handler = handler(unit);
            steps.add(new TicketImport.Dispatch(operator(), at, code, AssignmentRole.ASSIST, Route.DIRECT));
            steps.add(new TicketImport.Accept(handler, at.plusSeconds(span / 10)));
            steps.add(new TicketImport.Respond(handler, at.plusSeconds(span / 3)));
            steps.add(new TicketImport.Complete(handler, at.plusSeconds(span * 4 / 5),
                    "已按主办单位要求配合开展现场核查和执法工作，相关情况已反馈主办单位。"));
        }

        private Instant acceptTime(Instant from, double pace) {
            ZonedDateTime local = from.atZone(zone);
            int hour = local.getHour();
            if ((hour >= 22 || hour < 7) && r.nextDouble() < 0.6) {
                ZonedDateTime morning = (hour >= 22 ? local.plusDays(1) : local).withHour(8).withMinute(0).withSecond(0);
                return morning.toInstant().plus(minutes((long) (r.nextInt(90) * pace)));
            }
            return from.plus(minutes((long) (1 + logn(25, 0.9) * pace)));
        }

        private DeadlineClass deadlineClass(Unit unit) {
            if (urgency == Urgency.URGENT) {
                return DeadlineClass.URGENT;
            }
            if (unit.kind() == UnitKind.ENTERPRISE) {
                return DeadlineClass.UTILITY;
            }
            return urgency == Urgency.COMPLEX ? DeadlineClass.COMPLEX : DeadlineClass.NORMAL;
        }

        /** Where a returned ticket goes: the neighbouring street, or the street of the place. */
        private Unit redispatchTarget(Unit unit) {
            if (!DemoCity.streetLevel(unit)) {
                return place.street();
            }
            List<Unit> streets = city.streetsByDistrict.get(unit.districtCode());
            if (streets == null || streets.size() < 2) {
                return city.unit(DEPARTMENT_BY_GROUP.getOrDefault(category.code().substring(0, 2), "D11000000002"));
            }
            int i = streets.indexOf(unit);
            return streets.get(i + 1 < streets.size() ? i + 1 : i - 1);
        }
    }

    // ---------------------------------------------------------------- choices

    /**
     * A deadline by the real rules, or null where the working-day calendar ends (a year it does not
     * cover yet): the demo then leaves the ticket where it stands rather than guess.
     */
    private Instant due(DeadlineStep step, DeadlineClass deadlineClass, Instant start) {
        try {
            return deadlines.due(step, deadlineClass, start);
        } catch (MinhuException notCovered) {
            return null;
        }
    }

    private Instant plusWorkingDays(Instant from, int workingDays) {
        try {
            return calendar.plusWorkingDays(from, workingDays);
        } catch (MinhuException notCovered) {
            return null;
        }
    }

    private CallbackResult callback(boolean laggard) {
        if (r.nextDouble() < 0.05) {
            return new CallbackResult(true, null, null);
        }
        double x = r.nextDouble();
        Resolved resolved = laggard
                ? (x < 0.45 ? Resolved.YES : x < 0.65 ? Resolved.PARTLY : Resolved.NO)
                : (x < 0.765 ? Resolved.YES : x < 0.885 ? Resolved.PARTLY : Resolved.NO);
        double y = r.nextDouble();
        Satisfied satisfied = switch (resolved) {
            case YES -> laggard ? (y < 0.7 ? Satisfied.SATISFIED : y < 0.92 ? Satisfied.BASICALLY : Satisfied.DISSATISFIED)
                    : (y < 0.88 ? Satisfied.SATISFIED : y < 0.99 ? Satisfied.BASICALLY : Satisfied.DISSATISFIED);
            case PARTLY -> y < 0.28 ? Satisfied.SATISFIED : y < 0.74 ? Satisfied.BASICALLY : Satisfied.DISSATISFIED;
            case NO -> y < 0.07 ? Satisfied.SATISFIED : y < 0.3 ? Satisfied.BASICALLY : Satisfied.DISSATISFIED;
        };
        return new CallbackResult(false, resolved, satisfied);
    }

    private static boolean unresolved(CallbackResult result) {
        return !result.unreachable() && result.resolved() == Resolved.NO;
    }

    private DemoTexts.Template template(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        boolean heating = day.getMonthValue() >= 11 && !(day.getMonthValue() == 11 && day.getDayOfMonth() < 15)
                || day.getMonthValue() <= 2 || day.getMonthValue() == 3 && day.getDayOfMonth() <= 15;
        List<DemoTexts.Template> all = texts.templates;
        double[] w = new double[all.size()];
        for (int i = 0; i < w.length; i++) {
            DemoTexts.Template t = all.get(i);
            w[i] = t.weight() * (t.answerShare() >= 0.5 ? answerableBoost : 1.0) * (t.category().startsWith("06.04") && !heating ? 0.1 : 1.0)
                    * (t.category().startsWith("06.04") && heating ? 2.5 : 1.0);
        }
        return all.get(weighted(w));
    }

    private DemoTexts.Place place() {
        Unit district = city.districts.get(weighted(districtWeights));
        List<Unit> streets = city.streetsByDistrict.get(district.code());
        Unit street = streets.get(weighted(streetWeights.get(district.code())));
        List<String> communities = city.communities(street);
        return new DemoTexts.Place(district, street, communities.get(r.nextInt(communities.size())));
    }

    private Urgency urgency(String category) {
        if (r.nextDouble() < URGENT.getOrDefault(category, 0.0)) {
            return Urgency.URGENT;
        }
        return r.nextDouble() < COMPLEX.getOrDefault(category, 0.0) ? Urgency.COMPLEX : Urgency.NORMAL;
    }

    /** Who handles a category at a place: the hint of the taxonomy, the street by default. */
    private Unit leadUnit(Category category, DemoTexts.Place place) {
        String kind = category.defaultUnitKind() == null ? "SUBDISTRICT" : category.defaultUnitKind();
        Unit unit = switch (kind) {
            case "DEPARTMENT", "ENTERPRISE" -> city.unit(category.defaultUnitCode());
            case "CENTER" -> r.nextDouble() < 0.3 ? city.unit(DEPARTMENT_BY_GROUP.getOrDefault(category.code().substring(0, 2), "")) : null;
            default -> null;
        };
        return unit == null ? place.street() : unit;
    }

    private Duration intakeDelay(Channel channel, boolean answer) {
        if (channel == Channel.PHONE) {
            return minutes(answer ? 2 + r.nextInt(10) : 5 + r.nextInt(35));
        }
        return minutes((long) (10 + logn(answer ? 90 : 120, 1.0)));
    }

    private Actor operator() {
        return operators.get(r.nextInt(operators.size()));
    }

    private static Actor handler(Unit unit) {
        return new Actor(DemoUsers.handlerName(unit), Role.HANDLER, unit.code(), unit.districtCode());
    }

    private static Actor supervisor(Unit district) {
        return new Actor(DemoUsers.supervisorName(district), Role.SUPERVISOR, district.code(), district.code());
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private double logn(double median, double sigma) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(Math.max(0, minutes));
    }
}
