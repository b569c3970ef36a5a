package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Actor;
import org.minhu.directory.NewUser;
import org.minhu.directory.Role;
import org.minhu.directory.Users;
import org.minhu.insight.Themes;
import org.minhu.ticket.Channel;
import org.minhu.ticket.CreateTicket;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.Tickets;
import org.minhu.ticket.Urgency;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The district's view ahead of complaints: a week of barbecue smoke in 建外街道 against its quiet
 * weeks, three neighbours on one burst pipe, and dogs off the lead reported from three streets
 * month after month. The operator makes the surge a proactive ticket with one click; the city picks
 * the dogs as the month's theme. Photographed into {@code target/screenshots/insight}.
 */
class InsightBrowserTest extends ConsoleBrowserTest {

    private static final String PASSWORD = "insight-day-password";
    private static final String JIANWAI = "110105001000";
    private static final String CHAOWAI = "110105002000";
    private static final String WANSHOULU = "110108001000";
    private static final String POLICE = "D11000000011";

    @Autowired
    Users users;
    @Autowired
    Tickets tickets;
    @Autowired
    Themes themes;
    @Autowired
    JdbcClient jdbc;

    @Override
    String folder() {
        return "insight";
    }

    @Override
    String password() {
        return PASSWORD;
    }

    @Test
    void theOperatorTurnsASurgeIntoAProactiveTicketAndTheCityPicksTheMonthsTheme() throws Exception {
        users.createIfAbsent(new NewUser("in-op", PASSWORD, Role.OPERATOR, null, "接线员小周"));
        users.createIfAbsent(new NewUser("in-city", PASSWORD, Role.SUPERVISOR, null, "市级督办"));
        users.createIfAbsent(new NewUser("in-police", PASSWORD, Role.HANDLER, POLICE, "市公安局"));
        Actor operator = new Actor("in-op", Role.OPERATOR, null, null);
        for (int week = 1; week <= 8; week++) {
            long id = register(operator, "07.02.01", "光华路烧烤店油烟扰民", "朝阳区建外街道光华路" + week + "号", JIANWAI);
            shift(id, week * 7 + " days");
        }
        for (int i = 0; i < 9; i++) {
            register(operator, "07.02.01", "光华路烧烤一条街油烟太大，晚上开不了窗" + i, "朝阳区建外街道光华路", JIANWAI);
        }
        for (String text : List.of("12号楼自来水管爆裂，楼道里全是水，家里停水了", "12号楼水管爆裂，楼道全是水，家里也停水了",
                "永安里东区12号楼自来水管爆裂，楼道里都是水，停水")) {
            register(operator, "06.01.01", text, "朝阳区建外街道永安里东区12号楼", JIANWAI);
        }
        YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        for (int back = 0; back < 6; back++) {
            for (String street : List.of(JIANWAI, CHAOWAI, WANSHOULU)) {
                for (int k = 0; k <= back % 3; k++) {
                    long id = register(operator, "04.05.01", "小区里遛狗不拴绳，狗粪没人清理", "", street);
                    jdbc.sql("UPDATE ticket SET created_at = CAST(:at AS timestamptz) WHERE id = :id")
                            .param("at", last.minusMonths(back).atDay(10).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime())
                            .param("id", id).update();
                }
            }
        }

        signIn("in-op");
        both("/hotspots", "hotspots");
        browser.findElement(By.cssSelector("form[action='/hotspots/proactive'] button")).click();
        wait(ExpectedConditions.urlMatches("/tickets/[0-9]+$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("主动治理");
        shot("hotspot-proactive-ticket-zh");
        both("/hotspots", "hotspots-after");

        signIn("in-city");
        both("/themes", "themes");
        browser.findElement(By.cssSelector("details summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("leadUnitCode"))).selectByValue(POLICE);
        browser.findElement(By.name("plan")).sendKeys("一方案：三个月内文明养犬宣传与执法并举，街道包片、社区包楼。");
        shot("themes-choose-zh");
        browser.findElement(By.cssSelector("form.stack button")).click();
        wait(ExpectedConditions.urlMatches("/themes/[0-9]+$"));
        long theme = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        Actor city = new Actor("in-city", Role.SUPERVISOR, null, null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        themes.addTask(theme, "POLICY", "修订养犬管理规定实施细则", POLICE, today.plusMonths(2), city);
        themes.addTask(theme, "TASK", "各街道开展文明养犬宣传进社区", JIANWAI, today.minusDays(2), city);
        themes.addTask(theme, "TASK", "重点小区夜间巡查不拴绳遛狗", CHAOWAI, today.plusWeeks(3), city);
        themes.addTask(theme, "RESPONSIBILITY", "公安负责执法，街道负责宣传，物业负责劝导", POLICE, today.plusMonths(1), city);
        both("/themes/" + theme, "theme");
        signIn("in-police");
        browser.get(base() + "/themes/" + theme + "?lang=zh");
        browser.findElement(By.cssSelector("main form.inline button")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已完成"));
        shot("theme-task-done-zh");
    }

    private long register(Actor operator, String category, String content, String address, String street) {
        return tickets.create(new CreateTicket(Channel.PHONE, RequestType.COMPLAINT, content, null, Urgency.NORMAL, category,
                new CreateTicket.Requester("居民", null, false), new CreateTicket.Location(address, null, null, street)), operator).id();
    }

    private void shift(long id, String back) {
        jdbc.sql("UPDATE ticket SET created_at = created_at - CAST(:back AS interval) WHERE id = :id")
                .param("back", back).param("id", id).update();
    }
}
