package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void freshlyActivatedServerIsShownOnlineWithItsAddressAndVersion() {
        Credentials admin = administrators.globalAdmin();
        String name = "console-" + UUID.randomUUID().toString().substring(0, 8);
        activate(admin, name, "8.2.7");
        WebDriver browser = signIn(admin);

        browser.get(ApiClient.baseUri().resolve("/mfa/servers.xhtml").toString());
        By row = By.xpath("//table//tr[td[contains(normalize-space(.),'" + name + "')]]");
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(row));

        assertEquals("Online", cell(browser, row, "serverStatus"));
        assertEquals("127.0.0.1", cell(browser, row, "serverAddress"));
        assertEquals("8.2.7", cell(browser, row, "serverVersion"));
    }

    @Test
    void generatedCredentialsAreShownOnceAndCountDown() throws InterruptedException {
        WebDriver browser = signIn(administrators.globalAdmin());
        browser.get(ApiClient.baseUri().resolve("/mfa/server-settings.xhtml").toString());

        browser.findElement(By.id("generateCredentials")).click();
        WebElement account =
                waitFor(browser)
                        .until(
                                ExpectedConditions.visibilityOfElementLocated(
                                        By.id("credentialsAccount")));
        assertTrue(account.getText().startsWith("activation-"), account.getText());
        assertTrue(!browser.findElement(By.id("credentialsPassword")).getText().isBlank());

        int first = secondsLeft(browser);
        Thread.sleep(2_200);
        int later = secondsLeft(browser);

        assertTrue(first <= 600 && first > 590, "starts near the 600 s validity: " + first);
        assertTrue(later <= first - 2 && later >= first - 3, first + " then " + later);
    }

    private static int secondsLeft(WebDriver browser) {
        String text = browser.findElement(By.id("credentialsCountdown")).getText().trim();
        String[] parts = text.split(":");
        return parts.length == 2
                ? Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1])
                : Integer.parseInt(text);
    }

    /** The page refreshes its table by itself: a row found a moment ago may have been replaced. */
    private static String cell(WebDriver browser, By row, String idSuffix) {
        By cell = By.cssSelector("[id$=':" + idSuffix + "']");
        return waitFor(browser)
                .ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(row).findElement(cell).getText().trim());
    }

    private static WebDriver signIn(Credentials credentials) {
        WebDriver browser = BROWSER.open("/mfa/login.xhtml");
        browser.findElement(By.id("username")).sendKeys(credentials.username());
        browser.findElement(By.id("password")).sendKeys(credentials.password());
        browser.findElement(By.id("signIn")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signedInUser")));
        return browser;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void activate(Credentials admin, String name, String version) {
        JsonObject credentials;
        try (ApiClient client = ApiClient.as(admin);
                Response issued = client.post("activation-credentials", Map.of())) {
            assertEquals(201, issued.getStatus());
            credentials = ApiClient.object(issued);
        }
        try (ApiClient server = ApiClient.anonymous();
                Response activated =
                        server.request(server.target("/mfa-api/v1/activation"))
                                .post(
                                        jakarta.ws.rs.client.Entity.json(
                                                Map.of(
                                                        "email",
                                                        credentials.getString("accountName"),
                                                        "password",
                                                        credentials.getString("password"),
                                                        "serverName",
                                                        name,
                                                        "hostname",
                                                        name + ".corp.example",
                                                        "version",
                                                        version)))) {
            assertEquals(201, activated.getStatus());
        }
    }
}
