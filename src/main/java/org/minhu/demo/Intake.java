package org.minhu.demo;

import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.ticket.Channel;
import org.minhu.ticket.TicketImport.Historic;
import org.minhu.ticket.TicketImport.Step;
import org.minhu.ticket.Urgency;

/**
 * The ticket as the operator registers it: the template's texts filled for the place, worded as
 * the channel brings them, and the requester as far as the channel knows them.
 */
final class Intake {

    private final Dice dice;

    Intake(Dice dice) {
        this.dice = dice;
    }

    Historic historic(PlannedTicket p, Channel channel, Urgency urgency, SlotFiller filler, Actor operator, List<Step> steps) {
        String content = filler.fill(p.template.content());
        String subject = filler.fill(p.template.subject());
        String name = null;
        String phone = null;
        switch (channel) {
            // a grid worker's own patrol: nobody called
            case PROACTIVE -> content = "网格员巡查发现：" + content.replace("来电人反映", "").replace("来电人", "居民");
            case PHONE -> {
                name = dice.chance(0.93) ? Requesters.name(dice) : null;
                phone = Requesters.phone(dice);
            }
            default -> {
                content = content.replace("来电人", channel == Channel.MEDIA ? "媒体报道，市民" : "市民");
                name = dice.chance(0.85) ? Requesters.name(dice) : null; // written requests are more often anonymous
                phone = Requesters.phone(dice);
            }
        }
        return new Historic(p.ref, channel, p.template.type(), urgency, subject, content, p.template.category(), name,
                phone, filler.address(), p.place.location(), p.place.district().code(), operator, p.createdAt, steps);
    }
}
