package org.minhu.web;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in Debian's headless Chromium against the application on a random port: signing in,
 * waiting for the page, and photographing it (into {@code target/screenshots/<folder>}), in
 * Chinese and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ConsoleBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = org.minhu.support.Browsers.start("1440,1000");
    }

    @AfterAll
    static void stopBrowser() {
        org.minhu.support.Browsers.stop(browser);
    }

    /** The folder the screenshots go to. */
    abstract String folder();

    /** The password every user of the test shares. */
    abstract String password();

    void signIn(String username) {
        org.minhu.support.Browsers.signIn(browser, base(), "/login?lang=zh", username, password());
    }

    /** The page in English, photographed, then in Chinese, photographed, and left in Chinese. */
    void both(String path, String name) throws Exception {
        String sep = path.contains("?") ? "&" : "?";
        browser.get(base() + path + sep + "lang=en");
        shot(name + "-en");
        browser.get(base() + path + sep + "lang=zh");
        shot(name + "-zh");
    }

    void waitText(String css, String text) {
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition); // htmx redraws rows
    }

    String base() {
        return "http://localhost:" + port;
    }

    void shot(String name) throws Exception {
        org.minhu.support.Browsers.screenshot(browser, folder(), name);
    }
}
