package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

import org.junit.jupiter.api.BeforeAll;
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
import org.minhu.ticket.Tickets;
import org.minhu.ticket.Urgency;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real browser (Debian's headless Chromium): a handler signs in, finds their
 * unit's ticket, accepts it. Screenshots land in {@code target/screenshots}. Skipped where no
 * chromedriver is installed; CI installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

    private static final String PASSWORD = "browser-password";
    private static final String JIANWAI = "110105001000";
    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    Tickets tickets;
    @Autowired
    org.minhu.dispatch.CategoryModels models;

    @BeforeAll
    static void startBrowser() {
        browser = org.minhu.support.Browsers.start("1400,1000");
    }

    @AfterAll
    static void stopBrowser() {
        org.minhu.support.Browsers.stop(browser);
    }

    @Test
    void handlerAcceptsTheirUnitsTicketInTheBrowser() throws Exception {
        users.createIfAbsent(new NewUser("browser-op", PASSWORD, Role.OPERATOR, null, "话务员"));
        users.createIfAbsent(new NewUser("browser-jianwai", PASSWORD, Role.HANDLER, JIANWAI, "建外街道"));
        Actor operator = new Actor("browser-op", Role.OPERATOR, null, null);
        long id = tickets.create(new CreateTicket(Channel.PHONE, RequestType.COMPLAINT, "永安里小区路灯不亮已一周", null,
                Urgency.NORMAL, null, new CreateTicket.Requester("赵先生", "13700001234"),
                new CreateTicket.Location("朝阳区建外街道永安里", null, null, null)), operator).id();
        tickets.handle(new org.minhu.ticket.TicketCommand.Dispatch(id, JIANWAI, AssignmentRole.LEAD, Route.DIRECT), operator);

        signIn("browser-jianwai");
        browser.get(base() + "/tickets/" + id);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("永安里小区路灯不亮已一周").contains("137******34").doesNotContain("13700001234");
        screenshot("handler-ticket");

        browser.findElement(By.xpath("//button[text()='签收']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已签收"));
        screenshot("handler-accepted");
        assertThat(tickets.get(id, operator).assignments().getFirst().status().name()).isEqualTo("ACCEPTED");
    }

    @Test
    void theOperatorTypesSeesTheSuggestionAcceptsItWithF2AndRegistersWithCtrlEnter() throws Exception {
        users.createIfAbsent(new NewUser("browser-op", PASSWORD, Role.OPERATOR, null, "话务员"));
        users.createIfAbsent(new NewUser("browser-adm", PASSWORD, Role.ADMIN, null, "管理员"));
        Actor operator = new Actor("browser-op", Role.OPERATOR, null, null);
        if (models.versions().isEmpty()) {
            for (int i = 0; i < 30; i++) { // 30 of a leaf: the model learns the leaf (TrainingLabels)
                history(operator, "07.02.01", List.of("楼下饭店油烟很大熏得家里全是味", "烧烤店油烟呛人晚上开不了窗").get(i % 2) + i);
                history(operator, "04.01.02", List.of("路边广告牌歪了随时可能掉下来", "楼顶广告牌松动大风天很危险").get(i % 2) + i);
            }
            models.train(new Actor("browser-adm", Role.ADMIN, null, null));
        }

        signIn("browser-op");
        browser.get(base() + "/tickets/new");
        browser.findElement(By.id("address")).sendKeys("朝阳区建外街道永安里社区8号楼");
        browser.findElement(By.id("content")).sendKeys("楼下饭店油烟很大，每天晚上熏得家里全是味");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accept")));
        assertThat(browser.findElement(By.id("suggestion")).getText()).contains("餐饮油烟").contains("永安里社区").contains("建外街道");
        screenshot("intake-suggested");

        browser.findElement(By.id("content")).sendKeys(Keys.F2);
        assertThat(browser.findElement(By.id("categoryCode")).getAttribute("value")).isEqualTo("07.02.01");
        assertThat(browser.findElement(By.id("leadUnitCode")).getAttribute("value")).isEqualTo(JIANWAI);
        assertThat(browser.findElement(By.id("register")).getText()).isEqualTo("登记并派单");
        screenshot("intake-accepted");

        browser.findElement(By.id("content")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.urlMatches("/tickets/[0-9]+$"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        var ticket = tickets.get(id, operator);
        assertThat(ticket.status().name()).isEqualTo("DISPATCHED");
        assertThat(ticket.categoryCode()).isEqualTo("07.02.01");
        assertThat(ticket.assignments().getFirst().unitCode()).isEqualTo(JIANWAI);
    }

    private void history(Actor operator, String category, String content) {
        tickets.create(new CreateTicket(Channel.PHONE, RequestType.COMPLAINT, content, null, Urgency.NORMAL, category,
                new CreateTicket.Requester("钱女士", null), new CreateTicket.Location("北京市", null, null, null)), operator);
    }

    @Test
    void aWrongPasswordKeepsYouOut() {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys("nobody");
        browser.findElement(By.id("password")).sendKeys("wrong-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // the form posts and the browser follows the redirect: wait for it rather than race it
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?error"));

        assertThat(browser.getCurrentUrl()).contains("/login?error");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("用户名或密码不正确");
    }

    private void signIn(String username) {
        org.minhu.support.Browsers.signIn(browser, base(), "/login", username, PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(String name) throws Exception {
        org.minhu.support.Browsers.screenshot(browser, "", name);
    }

}
