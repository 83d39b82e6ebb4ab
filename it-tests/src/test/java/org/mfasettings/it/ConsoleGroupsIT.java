package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Signing in and out of the console, and the replication groups page, in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleGroupsIT {

    @RegisterExtension static final Browser BROWSER = new Browser();

    @RegisterExtension final Administrators administrators = new Administrators();

    private final Console console = new Console(BROWSER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void wrongPasswordIsRefusedThenSignInAndOut() {
        Credentials reader = administrators.reader();
        console.driver().manage().deleteAllCookies();

        // One wrong password only: the server throttles an address after 20 (see README).
        console.submitSignIn(new Credentials(reader.username(), "not-the-password"));
        String refused = console.waitForError();
        assertTrue(refused.contains("not correct"), () -> "message: " + refused);

        console.signIn(reader);
        WebDriver browser = console.driver();
        assertEquals(reader.username(), browser.findElement(By.id("signedInUser")).getText());

        browser.findElement(By.id("signOut")).click();
        Console.until("back at sign-in", () -> browser.getCurrentUrl().contains("login.xhtml"));
        console.open("groups.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser::getCurrentUrl);
    }

    @Test
    void groupIsCreatedEditedAndDeleted() {
        String name = "it-group-" + UUID.randomUUID().toString().substring(0, 8);
        console.signIn(administrators.globalAdmin());
        console.open("groups.xhtml");

        console.click(By.id("addGroup"));
        console.waitForDialog("groupDialog");
        console.type(By.id("groupName"), name);
        console.type(By.id("groupDescription"), "first floor");
        console.click(By.id("saveGroup"));
        console.waitForDialogClosed("groupDialog");
        assertTrue(console.waitForRow("groups", name).getText().contains("first floor"));

        console.click(console.row("groups", name).findElement(By.cssSelector("[id$='editGroup']")));
        console.waitForDialog("groupDialog");
        console.type(By.id("groupDescription"), "second floor");
        console.click(By.id("saveGroup"));
        console.waitForDialogClosed("groupDialog");
        Console.until(
                "the new description",
                () -> console.row("groups", name).getText().contains("second floor"));
        assertEquals("second floor", groupDescription(name));

        WebElement row = console.row("groups", name);
        console.click(row.findElement(By.cssSelector("[id$='deleteGroup']")));
        console.waitForDialog("confirmYes");
        console.click(By.id("confirmYes"));
        console.waitForNoRow("groups", name);
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator());
                Response gone = admin.get("replication-groups/" + name)) {
            assertEquals(404, gone.getStatus());
        }
    }

    @Test
    void readerSeesNoEditControls() {
        String name = "it-group-" + UUID.randomUUID().toString().substring(0, 8);
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator());
                Response created =
                        admin.post(
                                "replication-groups", Map.of("name", name, "description", "r"))) {
            assertEquals(201, created.getStatus());
        }
        try {
            console.signIn(administrators.reader());
            console.open("groups.xhtml");

            console.waitForRow("groups", name);
            assertFalse(console.present(By.id("addGroup")));
            assertFalse(console.present(By.cssSelector("[id$='editGroup']")));
            assertFalse(console.present(By.cssSelector("[id$='deleteGroup']")));
        } finally {
            try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
                admin.delete("replication-groups/" + name).close();
            }
        }
    }

    private static String groupDescription(String name) {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            return ApiClient.object(admin.get("replication-groups/" + name))
                    .getString("description");
        }
    }
}
