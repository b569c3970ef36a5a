package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minhu.directory.Actor;
import org.minhu.directory.NewUser;
import org.minhu.directory.Role;
import org.minhu.directory.Users;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.Channel;
import org.minhu.ticket.CreateTicket;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.Route;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.TicketView;
import org.minhu.ticket.Tickets;
import org.minhu.ticket.Urgency;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole working day in the browser (Debian's headless Chromium, 1440×900): an operator registers
 * a request and dispatches it by the unit's name; 建外街道 accepts it in its inbox and blows the
 * whistle to 市生态环境局, whose handler reports in; the street responds and completes; the operator
 * records the callback; a city supervisor sees it closed and the whistle on the board. Another
 * street cannot open it. A supervisor supervises another ticket and 建外街道 sees it first. Every
 * page is photographed in Chinese and in English into {@code target/screenshots/day}.
 */
class WorkingDayBrowserTest extends ConsoleBrowserTest {

    private static final String PASSWORD = "working-day-password";
    private static final String JIANWAI = "110105001000";
    private static final String ENVIRONMENT = "D11000000004";
    @Autowired
    Users users;
    @Autowired
    Tickets tickets;

    @Override
    String folder() {
        return "day";
    }

    @Override
    String password() {
        return PASSWORD;
    }

    @Test
    void aWholeDayFromTheCallToTheClosedTicketWithAWhistle() throws Exception {
        users.createIfAbsent(new NewUser("day-op", PASSWORD, Role.OPERATOR, null, "接线员小王"));
        users.createIfAbsent(new NewUser("day-jianwai", PASSWORD, Role.HANDLER, JIANWAI, "建外街道李工"));
        users.createIfAbsent(new NewUser("day-env", PASSWORD, Role.HANDLER, ENVIRONMENT, "生态环境局张工"));
        users.createIfAbsent(new NewUser("day-chaowai", PASSWORD, Role.HANDLER, "110105002000", "朝外街道"));
        users.createIfAbsent(new NewUser("day-city", PASSWORD, Role.SUPERVISOR, null, "市督办"));

        browser.manage().deleteAllCookies();
        both("/login", "login");
        // the operator registers the call and dispatches it, picking the street by name
        signIn("day-op");
        both("/queues", "operator-queues");
        both("/tickets/new", "operator-intake");
        browser.findElement(By.id("address")).sendKeys("朝阳区建外街道永安里东区6号楼");
        browser.findElement(By.id("subject")).sendKeys("工地夜间施工噪音");
        browser.findElement(By.id("content")).sendKeys("永安里东区旁边工地每天夜里施工到两点，噪音很大，老人孩子睡不着");
        browser.findElement(By.id("content")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait(ExpectedConditions.urlMatches("/tickets/[0-9]+$"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        WebElement search = browser.findElement(By.cssSelector(".picker input.picker-text"));
        search.sendKeys("建外");
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("button.pick[data-code='" + JIANWAI + "']"))).click();
        shot("operator-dispatch-picked");
        browser.findElement(By.xpath("//form[contains(@action,'/do/dispatch')]//button[text()='派单']")).click();
        waitText("main", "待签收");
        both("/tickets/" + id, "operator-ticket-dispatched");

        // 建外街道 finds it in its inbox, accepts it in the row and blows the whistle
        signIn("day-jianwai");
        assertThat(browser.getCurrentUrl()).endsWith("/inbox");
        both("/inbox", "handler-inbox");
        row(id).findElement(By.cssSelector("button.accept")).click();
        wait(d -> row(id).getText().contains("已签收")); // this row: another test's ticket may be accepted already
        browser.get(base() + "/tickets/" + id + "#whistle");
        new Select(browser.findElement(By.id("whistle-type"))).selectByValue("TASK");
        browser.findElement(By.cssSelector("input[name=unitCodes][value='" + ENVIRONMENT + "']")).click();
        browser.findElement(By.id("whistle-note")).sendKeys("夜间施工噪音，请生态环境局到场执法");
        shot("handler-whistle-form");
        browser.findElement(By.id("whistle-submit")).click();
        waitText("main", "攻坚哨");
        both("/tickets/" + id, "handler-ticket-whistled");

        // 市生态环境局 is summoned: it reports in from its inbox, then says what it did
        signIn("day-env");
        both("/inbox", "department-inbox");
        row(id).findElement(By.cssSelector("button.report")).click();
        wait(d -> row(id).getText().contains("已签收"));
        row(id).findElement(By.cssSelector("details summary")).click();
        row(id).findElement(By.cssSelector("details textarea")).sendKeys("已到场，责令施工单位夜间停工");
        row(id).findElement(By.cssSelector("details form button")).click();
        wait(d -> row(id).getText().contains("已响应"));

        // the street responds and completes with its reply
        signIn("day-jianwai");
        row(id).findElement(By.cssSelector("button.respond")).click();
        wait(d -> row(id).getText().contains("已响应"));
        row(id).findElement(By.cssSelector("details summary.button")).click();
        row(id).findElement(By.cssSelector("details textarea")).sendKeys("会同生态环境局责令夜间停工，已回复居民");
        row(id).findElement(By.cssSelector("button.complete")).click();
        wait(d -> d.findElements(By.cssSelector("#inbox-rows tr[data-ticket='" + id + "']")).isEmpty());

        // the operator calls the citizen back from the queue
        signIn("day-op");
        both("/queues?q=callbacks", "operator-callbacks");
        WebElement callback = browser.findElement(By.cssSelector("#queue tr[data-ticket='" + id + "']"));
        new Select(callback.findElement(By.name("outcome"))).selectByValue("YES/SATISFIED");
        callback.findElement(By.cssSelector("button")).click();
        wait(d -> d.findElements(By.cssSelector("#queue tr[data-ticket='" + id + "']")).isEmpty());
        Actor operator = new Actor("day-op", Role.OPERATOR, null, null);
        assertThat(tickets.get(id, operator).status().name()).isEqualTo("CLOSED");

        // a city supervisor sees it closed and the whistle on the board
        signIn("day-city");
        both("/board", "supervisor-board");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(tickets.get(id, operator).number());
        both("/tickets/" + id, "supervisor-ticket-closed");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("已办结").contains("市生态环境局");

        // another street cannot open it
        signIn("day-chaowai");
        browser.get(base() + "/tickets/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("永安里东区");
        both("/tickets/" + id, "other-street-not-found");
        both("/board", "handler-board-forbidden");
    }

    @Test
    void aSupervisedTicketComesFirstInTheUnitsInbox() throws Exception {
        users.createIfAbsent(new NewUser("day-op", PASSWORD, Role.OPERATOR, null, "接线员小王"));
        users.createIfAbsent(new NewUser("day-jianwai", PASSWORD, Role.HANDLER, JIANWAI, "建外街道李工"));
        users.createIfAbsent(new NewUser("day-chaoyang", PASSWORD, Role.SUPERVISOR, "110105000000", "朝阳区督办"));
        Actor operator = new Actor("day-op", Role.OPERATOR, null, null);
        TicketView later = register(operator, "光华路人行道砖块松动，老人容易绊倒");
        TicketView first = register(operator, "建外SOHO东区垃圾清运不及时，气味很大");

        signIn("day-chaoyang");
        browser.get(base() + "/board");
        browser.findElement(By.id("sup-number")).sendKeys(later.number());
        browser.findElement(By.id("sup-note")).sendKeys("群众多次反映，限期整改");
        browser.findElement(By.id("sup-submit")).click();
        waitText("main", "群众多次反映");
        shot("supervisor-board-supervised-zh");

        signIn("day-jianwai");
        WebElement top = browser.findElement(By.cssSelector("#inbox-rows tbody tr"));
        assertThat(top.getAttribute("data-ticket")).isEqualTo(String.valueOf(later.id()));
        assertThat(top.getText()).contains("区级督办");
        assertThat(first.id()).isNotEqualTo(later.id());
        shot("handler-inbox-supervised-zh");
    }

    @Test
    void theAdministratorsPagesInBothLanguages() throws Exception {
        users.createIfAbsent(new NewUser("day-admin", PASSWORD, Role.ADMIN, null, "系统管理员"));
        signIn("day-admin");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/users");
        browser.findElement(By.id("new-username")).sendKeys("day-new-handler");
        browser.findElement(By.id("new-display")).sendKeys("建外街道赵工");
        new Select(browser.findElement(By.id("new-role"))).selectByValue("HANDLER");
        browser.findElement(By.id("new-unit")).sendKeys("建外");
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("#new-user button.pick[data-code='" + JIANWAI + "']"))).click();
        browser.findElement(By.id("new-password")).sendKeys("Day-handler-2026");
        browser.findElement(By.id("new-user-submit")).click();
        waitText("main", "用户已创建");
        assertThat(browser.findElement(By.cssSelector("tr[data-user='day-new-handler']")).getText()).contains("建外街道");
        both("/admin/users", "admin-users");
        both("/admin/events", "admin-events");
        both("/admin/calendar", "admin-calendar");
        both("/admin/rules", "admin-rules");
        both("/admin/units?q=建外", "admin-units");
        both("/admin/categories?under=07", "admin-categories");
        both("/reviews", "reviews");
        both("/livelihood", "livelihood");
        both("/tickets", "admin-tickets");
    }

    private TicketView register(Actor operator, String content) {
        long id = tickets.create(new CreateTicket(Channel.PHONE, RequestType.COMPLAINT, content, null, Urgency.NORMAL, null,
                new CreateTicket.Requester("孙女士", "13900001111"), new CreateTicket.Location("朝阳区建外街道", null, null, null)),
                operator).id();
        return tickets.handle(new TicketCommand.Dispatch(id, JIANWAI, AssignmentRole.LEAD, Route.DIRECT), operator);
    }

    private WebElement row(long ticketId) {
        return wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox-rows tr[data-ticket='" + ticketId + "']")));
    }
}
