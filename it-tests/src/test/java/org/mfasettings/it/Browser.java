package org.mfasettings.it;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for browser tests, started on first use and closed after the test class. It
 * uses the system's chromium and chromedriver (paths from the build), so Selenium downloads
 * nothing. Register it as a static {@code @RegisterExtension} field.
 */
public final class Browser implements AfterAllCallback {

    private WebDriver driver;

    public WebDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    /** Opens a path below the server root, such as {@code /mfa/}. */
    public WebDriver open(String path) {
        WebDriver browser = driver();
        browser.get(ApiClient.baseUri().resolve(path).toString());
        return browser;
    }

    private static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Credentials.required("it.chrome.binary"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1024");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new java.io.File(
                                        Credentials.required(
                                                ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY)))
                        .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
