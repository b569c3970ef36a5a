package org.minhu.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Actor;
import org.minhu.directory.Unit;
import org.minhu.dispatch.Category;
import org.minhu.ticket.Channel;
import org.minhu.ticket.TicketImport.Historic;
import org.minhu.ticket.TicketImport.Step;
import org.minhu.ticket.Urgency;

/**
 * Plans the demo's months: when each request arrives, from where, about what, and what then happens
 * to it, step by step, as the real lifecycle allows. A ticket's whole future is planned first and
 * then cut at the present, so recent tickets are caught half-way (waiting to be accepted,
 * responded to, completed, called back) and old ones are mostly closed. Deterministic for a seed
 * and a present.
 */
final class DemoPlanner {

    private final Map<String, Category> categories = new HashMap<>();
    private final DemoMonth month;
    private final int count;
    private final ArrivalCurve arrivals;
    private final RequestMix requests;
    private final Places places;
    private final Intake intake;
    private final Interruptions interruptions;
    private final Duplicates duplicates;
    private final int months;

    DemoPlanner(DemoCity city, DemoTexts texts, List<Category> leaves, Deadlines deadlines, WorkingCalendar calendar,
                ZoneId zone, Instant now, int count, int months, long seed) {
        leaves.forEach(c -> categories.put(c.code(), c));
        for (DemoTexts.Template t : texts.templates) {
            if (!categories.containsKey(t.category())) {
                throw new IllegalStateException("Demo template of unknown category " + t.category());
            }
        }
        Instant present = now.truncatedTo(ChronoUnit.SECONDS);
        Dice dice = new Dice(seed);
        DemoCalendar demoCalendar = new DemoCalendar(deadlines, calendar);
        Laggards laggards = new Laggards(city, present, zone);
        // the city's fixed traits draw from a chance of their own, places first and then paces,
        // so that they stay the same however the tickets' draws change
        Random traits = new Random(seed ^ 0x5DEECE66DL);
        this.places = new Places(city, laggards, new Exemplars(city), traits, dice);
        Pace pace = new Pace(city, traits);
        this.month = new DemoMonth(present, zone, dice, demoCalendar, new Staff(dice), new UnitChoice(city, dice),
                laggards, pace, new WorkTimes(dice, zone), new CallbackMix(dice));
        this.count = count;
        this.arrivals = new ArrivalCurve(demoCalendar, zone, present, months);
        this.months = months;
        this.requests = new RequestMix(texts.templates, zone, dice);
        this.intake = new Intake(dice);
        this.interruptions = new Interruptions(month);
        this.duplicates = new Duplicates(month, requests, intake);
    }

    /** Who lags in which month, for the log. */
    List<String> laggards() {
        return month.laggards().byMonth(months);
    }

    List<Historic> plan() {
        List<Instant> times = arrivals.arrivals(count, month.dice());
        List<PlannedTicket> planned = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            PlannedTicket p = new PlannedTicket("demo-" + (i + 1), times.get(i));
            PlannedTicket parent = duplicates.parentOf(planned, p.createdAt);
            if (parent != null) {
                duplicates.planChild(p, parent);
            } else {
                planTicket(p);
            }
            planned.add(p);
        }
        return planned.stream().map(p -> p.historic).toList();
    }

    private void planTicket(PlannedTicket p) {
        Dice dice = month.dice();
        Channel channel = requests.channel();
        p.template = requests.template(p.createdAt);
        p.place = places.next();
        Category category = categories.get(p.template.category());
        Urgency urgency = requests.urgency(p.template.category());
        SlotFiller filler = new SlotFiller(p.place, dice, p.createdAt, month.zone());
        Actor operator = month.staff().operator();
        Unit lead = month.units().lead(category, p.place);
        Timeline line = new Timeline(month, p.createdAt, category, urgency, p.place, p.template.subject());
        if (channel != Channel.PROACTIVE && dice.chance(p.template.answerShare())) {
            line.answered(channel);
        } else {
            line.dispatched(channel, lead);
        }
        List<Step> steps = line.steps;
        steps.sort(Comparator.comparing(Step::at)); // stable: steps of one instant keep their order
        cutShort(p, line, channel);
        steps.removeIf(s -> s.at().isAfter(month.now()));
        p.historic = intake.historic(p, channel, urgency, filler, operator, steps);
    }

    /**
     * A few tickets are terminated; many recent ones, and a laggard's for longer, wait somewhere;
     * an exemplary community's never wait.
     */
    private void cutShort(PlannedTicket p, Timeline line, Channel channel) {
        Dice dice = month.dice();
        long age = Duration.between(p.createdAt, month.now()).toHours();
        if (dice.chance(0.015)) {
            p.terminated = interruptions.terminate(line.steps, p.createdAt);
        }
        if (!p.terminated && !line.exemplary && (age < 72 && dice.chance(0.2) || line.laggard && age < 240 && dice.chance(0.2))) {
            interruptions.stall(line.steps, channel);
        }
    }
}
