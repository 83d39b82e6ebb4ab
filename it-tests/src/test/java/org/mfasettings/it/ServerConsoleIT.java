package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The server status and server settings pages in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerConsoleIT {

    @RegisterExtension static final Browser BROWSER = new Browser();

    @RegisterExtension final Administrators administrators = new Administrators();

    private final Console console = new Console(BROWSER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void freshlyActivatedServerIsShownOnlineWithItsAddressAndVersion() {
        Credentials admin = administrators.globalAdmin();
        String name;
        try (ApiClient client = ApiClient.as(admin);
                MfaServerClient server = MfaServerClient.activate(client, null)) {
            name = server.name();
        }
        console.signIn(admin);

        WebDriver browser = console.open("servers.xhtml");
        List<String> shown =
                new WebDriverWait(browser, Console.TIMEOUT)
                        .ignoring(StaleElementReferenceException.class)
                        .until(driver -> cellsOfRow(driver, name));

        assertEquals(List.of("Online", "127.0.0.1", MfaServerClient.VERSION), shown);
    }

    /**
     * Status, address and version of the server's row, read in one go: the page refreshes itself,
     * so a row found earlier may already have been replaced.
     */
    private static List<String> cellsOfRow(WebDriver browser, String name) {
        List<WebElement> rows =
                browser.findElements(
                        By.xpath("//table//tr[td[contains(normalize-space(.),'" + name + "')]]"));
        if (rows.isEmpty()) {
            return null;
        }
        WebElement row = rows.get(0);
        return List.of(
                cell(row, "serverStatus"), cell(row, "serverAddress"), cell(row, "serverVersion"));
    }

    @Test
    void generatedCredentialsAreShownOnceAndCountDown() {
        console.signIn(administrators.globalAdmin());
        WebDriver browser = console.open("server-settings.xhtml");

        browser.findElement(By.id("generateCredentials")).click();
        WebElement account =
                new WebDriverWait(browser, Console.TIMEOUT)
                        .until(
                                ExpectedConditions.visibilityOfElementLocated(
                                        By.id("credentialsAccount")));
        assertTrue(account.getText().startsWith("activation-"), account.getText());
        assertTrue(!browser.findElement(By.id("credentialsPassword")).getText().isBlank());

        int first = secondsLeft(browser);
        // The page ticks once a second; a busy machine may delay a tick, so wait for two.
        int later =
                new WebDriverWait(browser, Console.TIMEOUT)
                        .until(
                                driver -> {
                                    int left = secondsLeft(driver);
                                    return left <= first - 2 ? left : null;
                                });

        assertTrue(first <= 600 && first > 590, "starts near the 600 s validity: " + first);
        assertTrue(later >= first - 20, "counts down, not away: " + first + " then " + later);
    }

    private static int secondsLeft(WebDriver browser) {
        String text = browser.findElement(By.id("credentialsCountdown")).getText().trim();
        String[] parts = text.split(":");
        return parts.length == 2
                ? Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1])
                : Integer.parseInt(text);
    }

    private static String cell(WebElement row, String idSuffix) {
        return row.findElement(By.cssSelector("[id$=':" + idSuffix + "']")).getText().trim();
    }
}
