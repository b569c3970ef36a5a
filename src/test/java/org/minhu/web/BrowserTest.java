package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/tickets"));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

}
