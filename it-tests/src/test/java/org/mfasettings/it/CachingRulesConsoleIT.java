package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The caching rules page in a real browser. Each rule names an application of its own, so that a
 * test finds its rule among any others and can remove it afterwards: a rule left behind would cache
 * other tests' decisions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CachingRulesConsoleIT {

    @RegisterExtension static final Browser BROWSER = new Browser();

    @RegisterExtension final Administrators administrators = new Administrators();

    private final Console console = new Console(BROWSER);

    private final List<String> applications = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void removeRules() {
        for (String application : applications) {
            for (JsonObject rule : rulesFor(application)) {
                try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
                    admin.delete("caching-rules/" + rule.getString("id")).close();
                }
            }
        }
    }

    @Test
    void ruleIsAddedEditedAndDeleted() {
        String application = uniqueApplication();
        console.signIn(administrators.authenticationAdmin());
        console.open("caching-rules.xhtml");

        console.click(By.id("addRule"));
        console.waitForDialog("ruleDialog");
        console.choose("ruleCacheType", "Same user and client IP");
        console.type(By.id("ruleSeconds"), "120");
        console.choose("ruleAuthenticationType", "Mobile app");
        console.type(By.id("ruleApplication"), application);
        console.click(By.id("saveRule"));
        console.waitForDialogClosed("ruleDialog");

        WebElement row = console.waitForRow("rules", application);
        assertTrue(row.getText().contains("Same user and client IP"), row::getText);
        assertTrue(row.getText().contains("120"), row::getText);
        assertTrue(row.getText().contains("Mobile app"), row::getText);
        JsonObject stored = rulesFor(application).get(0);
        assertEquals("USER_AND_CLIENT_IP", stored.getString("cacheType"));
        assertEquals("MOBILE_APP", stored.getString("authenticationType"));

        console.click(row.findElement(By.cssSelector("[id$='editRule']")));
        console.waitForDialog("ruleDialog");
        assertEquals(
                "120", console.driver().findElement(By.id("ruleSeconds")).getAttribute("value"));
        console.type(By.id("ruleSeconds"), "240");
        console.click(By.id("saveRule"));
        console.waitForDialogClosed("ruleDialog");
        Console.until(
                "the new seconds in the table",
                () -> console.row("rules", application).getText().contains("240"));
        assertEquals(240, rulesFor(application).get(0).getInt("seconds"));

        WebElement edited = console.row("rules", application);
        console.click(edited.findElement(By.cssSelector("[id$='deleteRule']")));
        console.waitForDialog("confirmYes");
        console.click(By.id("confirmYes"));
        console.waitForNoRow("rules", application);
        assertTrue(rulesFor(application).isEmpty());
    }

    @Test
    void secondsAboveTheMaximumAreRefused() {
        String application = uniqueApplication();
        int maximum = cacheMaximumSeconds();
        console.signIn(administrators.authenticationAdmin());
        console.open("caching-rules.xhtml");

        console.click(By.id("addRule"));
        console.waitForDialog("ruleDialog");
        String label =
                console.driver().findElement(By.cssSelector("label[for='ruleSeconds']")).getText();
        assertTrue(
                label.contains(String.valueOf(maximum)), () -> "label names the maximum: " + label);
        console.type(By.id("ruleSeconds"), String.valueOf(maximum + 1));
        console.type(By.id("ruleApplication"), application);
        console.click(By.id("saveRule"));

        String message = console.waitForError();
        assertTrue(message.contains("Seconds"), () -> "message: " + message);
        assertTrue(console.driver().findElement(By.id("ruleDialog")).isDisplayed());
        assertTrue(rulesFor(application).isEmpty());
    }

    @Test
    void readerSeesNoAddEditOrDelete() {
        String application = uniqueApplication();
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator());
                Response created =
                        admin.post(
                                "caching-rules",
                                Map.of(
                                        "cacheType",
                                        "USER",
                                        "seconds",
                                        60,
                                        "application",
                                        application))) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        }
        console.signIn(administrators.reader());
        console.open("caching-rules.xhtml");

        console.waitForRow("rules", application);
        assertFalse(console.present(By.id("addRule")));
        assertFalse(console.present(By.cssSelector("[id$='editRule']")));
        assertFalse(console.present(By.cssSelector("[id$='deleteRule']")));
    }

    /** Rules are stored with the application in lower case; the names used here already are. */
    private static List<JsonObject> rulesFor(String application) {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            return ApiClient.array(admin.get("caching-rules")).stream()
                    .map(JsonObject.class::cast)
                    .filter(r -> application.equals(r.getString("application", null)))
                    .toList();
        }
    }

    private static int cacheMaximumSeconds() {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            return ApiClient.object(admin.get("settings")).getInt("cacheMaximumSeconds");
        }
    }

    private String uniqueApplication() {
        String application = "it-app-" + UUID.randomUUID().toString().substring(0, 8);
        applications.add(application);
        return application;
    }
}
