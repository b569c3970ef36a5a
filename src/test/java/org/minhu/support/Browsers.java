package org.minhu.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, with the flags a CI machine needs; a test is
 * skipped where the machine has no chromedriver ({@code .ci/run} installs it).
 */
public final class Browsers {

    private static final String DRIVER = "/usr/bin/chromedriver";

    private Browsers() {
    }

    /** A browser with a window {@code width,height} and any further arguments. */
    public static WebDriver start(String windowSize, String... arguments) {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(DRIVER)), "no chromedriver on this machine");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=" + windowSize);
        options.addArguments(arguments);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), options);
    }

    /** Signs in through the login page ({@code loginPath}, e.g. {@code /login?lang=zh}) and waits to have left it. */
    public static void signIn(WebDriver browser, String base, String loginPath, String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + loginPath);
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Saves what the browser shows as {@code target/screenshots/<folder>/<name>.png}. */
    public static void screenshot(WebDriver browser, String folder, String name) throws java.io.IOException {
        Path dir = Path.of("target", "screenshots").resolve(folder);
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    public static void stop(WebDriver browser) {
        if (browser != null) {
            browser.quit();
        }
    }
}
