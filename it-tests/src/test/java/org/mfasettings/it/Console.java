package org.mfasettings.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps through the console that many browser tests share. */
final class Console {

    private Console() {}

    /** Signs in on the sign-in page and waits for the console to show who is signed in. */
    static WebDriver signIn(Browser browser, Credentials credentials) {
        WebDriver driver = browser.open("/mfa/login.xhtml");
        driver.findElement(By.id("username")).sendKeys(credentials.username());
        driver.findElement(By.id("password")).sendKeys(credentials.password());
        driver.findElement(By.id("signIn")).click();
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("signedInUser")));
        return driver;
    }

    /** Opens a console page, such as {@code servers.xhtml}, in the signed-in browser. */
    static void open(WebDriver driver, String page) {
        driver.get(ApiClient.baseUri().resolve("/mfa/" + page).toString());
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
