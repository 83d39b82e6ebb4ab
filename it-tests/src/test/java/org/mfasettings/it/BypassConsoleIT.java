package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The one-time bypass page in a real browser: grant, count down, cancel, report and export. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BypassConsoleIT {

    private static final String MARKUP = "<b>bold</b><script>x</script>";

    @RegisterExtension static final Browser BROWSER = new Browser();

    @RegisterExtension final Administrators administrators = new Administrators();

    private final Console console = new Console(BROWSER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void grantedBypassCountsDownIsCancelledAndReported() {
        String user = uniqueUser();
        console.signIn(administrators.authenticationAdmin());
        console.open("bypasses.xhtml");

        grantThroughDialog(user, "600", "helpdesk ticket " + MARKUP);

        WebElement row = console.waitForRow("activeBypasses", user);
        assertTrue(
                row.getText().contains("helpdesk ticket " + MARKUP),
                () -> "reason shown as text: " + row.getText());
        assertFalse(console.present(By.cssSelector("#activeBypasses b")), "no <b> element made");
        assertCountsDown(user);

        console.click(row.findElement(By.cssSelector("[id$='cancelBypass']")));
        console.waitForDialog("cancelDialog");
        console.type(By.id("cancelReason"), "user found the phone");
        console.click(By.id("confirmCancel"));
        console.waitForDialogClosed("cancelDialog");
        console.waitForNoRow("activeBypasses", user);

        console.type(By.id("reportUser"), user);
        console.click(By.id("applyReportFilters"));
        WebElement reported = console.waitForRow("bypassReport", user);
        String reportText = reported.getText();
        assertTrue(reportText.contains("Cancelled"), () -> "status in the report: " + reportText);
        assertTrue(reportText.contains("user found the phone"), () -> reportText);
        assertTrue(reportText.contains(MARKUP), () -> reportText);
        assertFalse(console.present(By.cssSelector("#bypassReport b")), "no <b> element made");

        List<JsonObject> stored = bypassesOf(user);
        assertEquals(1, stored.size());
        assertEquals("CANCELLED", stored.get(0).getString("status"));
    }

    @Test
    void exportHoldsTheFilteredBypasses() {
        String user = uniqueUser();
        String other = uniqueUser();
        grantThroughApi(user);
        grantThroughApi(other);
        console.signIn(administrators.authenticationAdmin());
        console.open("bypasses.xhtml");

        console.type(By.id("reportUser"), user);
        console.click(By.id("applyReportFilters"));
        console.waitForRow("bypassReport", user);

        Map<?, ?> export = postExport();

        assertEquals(200L, ((Number) export.get("status")).longValue());
        assertTrue(
                String.valueOf(export.get("type")).startsWith("text/csv"),
                () -> "content type " + export.get("type"));
        String csv = String.valueOf(export.get("body"));
        assertTrue(csv.startsWith("id,username,"), () -> "header row: " + csv);
        assertTrue(csv.contains(user), () -> "the filtered user in " + csv);
        assertFalse(csv.contains(other), () -> "only the filtered user in " + csv);
    }

    @Test
    void badUsernameIsRefusedAndNothingIsGranted() {
        console.signIn(administrators.authenticationAdmin());
        console.open("bypasses.xhtml");

        grantThroughDialog("nobody", "60", "not a user name");

        String message = console.waitForError();
        assertTrue(message.contains("user@domain"), () -> "message: " + message);
        assertTrue(console.driver().findElement(By.id("bypassDialog")).isDisplayed());
        assertEquals(0, bypassesOf("nobody").size());
    }

    @Test
    void readerSeesNoAddOrCancel() {
        String user = uniqueUser();
        grantThroughApi(user);
        console.signIn(administrators.reader());
        console.open("bypasses.xhtml");

        console.waitForRow("activeBypasses", user);
        assertFalse(console.present(By.id("addBypass")));
        assertFalse(console.present(By.cssSelector("[id$='cancelBypass']")));
    }

    private void grantThroughDialog(String user, String seconds, String reason) {
        console.click(By.id("addBypass"));
        console.waitForDialog("bypassDialog");
        assertEquals(
                "All groups", console.driver().findElement(By.id("bypassGroup_label")).getText());
        console.type(By.id("bypassUsername"), user);
        console.type(By.id("bypassSeconds"), seconds);
        console.type(By.id("bypassReason"), reason);
        console.click(By.id("saveBypass"));
    }

    /**
     * The countdown must fall by two seconds within a few: a headless browser may run timers less
     * often than once a second, so the test waits for the figure rather than reading it once.
     */
    private void assertCountsDown(String user) {
        int before = secondsShown(user);
        long start = System.nanoTime();
        int after = Console.until("the countdown to fall", () -> fallenBy(user, before, 2));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(
                took.compareTo(Duration.ofSeconds(6)) < 0 && after >= before - 8,
                () -> "counted down from " + before + " to " + after + " in " + took);
    }

    private Integer fallenBy(String user, int before, int seconds) {
        int now = secondsShown(user);
        return now <= before - seconds ? now : null;
    }

    private int secondsShown(String user) {
        WebElement countdown =
                console.waitForRow("activeBypasses", user)
                        .findElement(By.cssSelector("[id$='bypassCountdown']"));
        String[] parts = countdown.getText().trim().split(":");
        int seconds = 0;
        for (String part : parts) {
            seconds = seconds * 60 + Integer.parseInt(part);
        }
        return seconds;
    }

    /** Posts the report form as the Export CSV button does, in the browser's own session. */
    private Map<?, ?> postExport() {
        JavascriptExecutor js = (JavascriptExecutor) console.driver();
        Object answer =
                js.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "var form = document.getElementById('reportForm');"
                                + "var data = new URLSearchParams(new FormData(form));"
                                + "data.append('exportBypassCsv', 'exportBypassCsv');"
                                + "fetch(form.action, {method: 'POST', body: data})"
                                + ".then(function (r) { return r.text().then(function (t) {"
                                + "  done({status: r.status,"
                                + "        type: r.headers.get('Content-Type'), body: t}); }); })"
                                + ".catch(function (e) { done({status: 0, body: String(e)}); });");
        return (Map<?, ?>) answer;
    }

    private static void grantThroughApi(String user) {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator());
                Response granted =
                        admin.post(
                                "bypasses",
                                Map.of("username", user, "seconds", 600, "reason", "set up"))) {
            assertEquals(201, granted.getStatus(), () -> granted.readEntity(String.class));
        }
    }

    /** The stored bypasses of exactly that user, as the admin API reports them. */
    private static List<JsonObject> bypassesOf(String user) {
        try (ApiClient admin = ApiClient.as(Credentials.bootstrapAdministrator())) {
            JsonArray found =
                    ApiClient.array(
                            admin.request(admin.admin("bypasses").queryParam("username", user))
                                    .get());
            return found.stream()
                    .map(JsonObject.class::cast)
                    .filter(b -> b.getString("username").equals(user))
                    .toList();
        }
    }

    private static String uniqueUser() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
