package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What the browser tests do with console pages: sign in, wait for PrimeFaces' Ajax to settle, find
 * a table row by its text. Waits poll rather than sleep, so that a slow server fails a test only
 * when it is slower than the timeout.
 */
public final class Console {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Browser browser;

    public Console(Browser browser) {
        this.browser = browser;
    }

    public WebDriver driver() {
        return browser.driver();
    }

    /** Signs in through the sign-in page; a session from an earlier test is ended first. */
    public void signIn(Credentials credentials) {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        submitSignIn(credentials);
        until(
                "signed in as " + credentials.username(),
                () -> !driver.getCurrentUrl().contains("login.xhtml"));
    }

    /** Fills in and submits the sign-in form without waiting for the outcome. */
    public void submitSignIn(Credentials credentials) {
        WebDriver driver = browser.open("/mfa/login.xhtml");
        driver.findElement(By.id("username")).sendKeys(credentials.username());
        driver.findElement(By.id("password")).sendKeys(credentials.password());
        driver.findElement(By.id("signIn")).click();
    }

    public WebDriver open(String page) {
        WebDriver driver = browser.open("/mfa/" + page);
        settle();
        return driver;
    }

    /** Clicks and waits until the Ajax request it started has been answered and applied. */
    public void click(By locator) {
        browser.driver().findElement(locator).click();
        settle();
    }

    public void click(WebElement element) {
        element.click();
        settle();
    }

    public void type(By locator, String text) {
        WebElement input = browser.driver().findElement(locator);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by the label it shows. A click that lands while
     * the panel is still opening is lost on a slow server, so the choice is checked and repeated.
     */
    public void choose(String menuId, String label) {
        By shown = By.id(menuId + "_label");
        By option = By.cssSelector("#" + menuId + "_items li[data-label='" + label + "']");
        for (int attempt = 0; attempt < 3; attempt++) {
            click(By.id(menuId));
            WebElement item = until("option " + label + " of " + menuId, () -> visible(option));
            pause(Duration.ofMillis(300));
            click(item);
            if (label.equals(browser.driver().findElement(shown).getText())) {
                return;
            }
        }
        fail("Could not choose " + label + " in " + menuId);
    }

    public WebElement waitForDialog(String id) {
        return until("dialog " + id + " shown", () -> visible(By.id(id)));
    }

    public void waitForDialogClosed(String id) {
        until("dialog " + id + " closed", () -> visible(By.id(id)) == null);
    }

    /** The row of a data table whose text contains {@code text}, or null when none does. */
    public WebElement row(String tableId, String text) {
        List<WebElement> rows =
                browser.driver().findElements(By.cssSelector("#" + tableId + "_data > tr"));
        for (WebElement row : rows) {
            if (row.getText().contains(text)) {
                return row;
            }
        }
        return null;
    }

    public WebElement waitForRow(String tableId, String text) {
        return until("a row with " + text + " in " + tableId, () -> row(tableId, text));
    }

    public void waitForNoRow(String tableId, String text) {
        until("no row with " + text + " in " + tableId, () -> row(tableId, text) == null);
    }

    /** The visible error messages of the page, its dialogs included, as one text. */
    public String errorMessages() {
        StringBuilder text = new StringBuilder();
        for (WebElement message :
                browser.driver()
                        .findElements(
                                By.cssSelector(".ui-message-error, .ui-messages-error-summary"))) {
            if (message.isDisplayed()) {
                text.append(message.getText()).append('\n');
            }
        }
        return text.toString();
    }

    public String waitForError() {
        return until(
                "an error message",
                () -> {
                    String text = errorMessages();
                    return text.isBlank() ? null : text;
                });
    }

    public boolean present(By locator) {
        return !browser.driver().findElements(locator).isEmpty();
    }

    private WebElement visible(By locator) {
        List<WebElement> found = browser.driver().findElements(locator);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    /** Waits until jQuery and PrimeFaces have no request in flight. */
    public void settle() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        until(
                "Ajax idle",
                () ->
                        Boolean.TRUE.equals(
                                js.executeScript(
                                        "return document.readyState === 'complete'"
                                                + " && (!window.jQuery || jQuery.active === 0)"
                                                + " && (!window.PrimeFaces"
                                                + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Polls {@code condition} until it answers neither null nor false. Elements replaced by an Ajax
     * update meanwhile count as not yet there.
     */
    public static <T> T until(String what, Supplier<T> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                // The page is being updated: ask again.
            }
            if (System.nanoTime() > deadline) {
                return fail("Timed out waiting for " + what);
            }
            pause(Duration.ofMillis(100));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
