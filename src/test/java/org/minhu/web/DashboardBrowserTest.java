package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;

import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real browser (Debian's headless Chromium): the charts, the trend and the map
 * drawn over two published months; screenshots in {@code target/screenshots}. Skipped where no
 * chromedriver is installed; CI installs it.
 */
class DashboardBrowserTest extends DashboardTestSupport {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = org.minhu.support.Browsers.start("1400,1700", "--lang=zh-CN");
    }

    @AfterAll
    static void stopBrowser() {
        org.minhu.support.Browsers.stop(browser);
    }

    @Test
    void aCitySupervisorSeesTheRankingTheChartsAndTheMap() throws Exception {
        signIn("dash-sup-city");
        open("/assessments");
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("街道排名").contains("已发布").contains("各区综合成绩");
        screenshot("dashboard-city");
        Files.write(Path.of("target", "screenshots", "dashboard-city-map.png"),
                browser.findElement(By.cssSelector(".map-row")).getScreenshotAs(OutputType.BYTES));

        browser.findElements(By.cssSelector("#ranking tbody tr[data-code]")).get(2).click();
        String third = browser.findElements(By.cssSelector("#ranking tbody tr[data-code]")).get(2).getAttribute("data-code");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("trend"), "data-drawn", third));
        open("/assessments?group=DISTRICT&lang=en");
        screenshot("dashboard-districts-en");
    }

    @Test
    void aDistrictSupervisorSeesTheirDistrict() throws Exception {
        signIn("dash-sup-chaoyang");
        open("/assessments?lang=zh");
        assertThat(browser.findElement(By.id("district-scores")).getText()).contains("朝阳区").doesNotContain("海淀区");
        screenshot("dashboard-chaoyang");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-drawn", "true"));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("trend")), "data-drawn"));
    }

    private void signIn(String username) {
        org.minhu.support.Browsers.signIn(browser, "http://localhost:" + port, "/login", username, PASSWORD);
    }

    private static void screenshot(String name) throws Exception {
        org.minhu.support.Browsers.screenshot(browser, "", name);
    }
}
