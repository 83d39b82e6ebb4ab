package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** What every console response tells the browser, and what its session cookie allows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleResponseHeadersIT {

    @RegisterExtension static final Browser BROWSER = new Browser();

    @RegisterExtension final Administrators administrators = new Administrators();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void pagesRefuseFramingSniffingAndForeignReferrers() {
        try (ApiClient browser = ApiClient.anonymous();
                Response page =
                        browser.request(browser.target("/mfa/login.xhtml"), "text/html").get()) {
            assertEquals(200, page.getStatus());
            assertEquals("frame-ancestors 'none'", page.getHeaderString("Content-Security-Policy"));
            assertEquals("nosniff", page.getHeaderString("X-Content-Type-Options"));
            assertEquals("same-origin", page.getHeaderString("Referrer-Policy"));
            assertEquals("DENY", page.getHeaderString("X-Frame-Options"));
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrict() {
        Console console = new Console(BROWSER);
        console.signIn(administrators.reader());
        WebDriver browser = console.driver();

        Cookie session = browser.manage().getCookieNamed("JSESSIONID");

        assertNotNull(session, "a session cookie after signing in");
        assertTrue(session.isHttpOnly(), "HttpOnly");
        assertEquals("Strict", session.getSameSite());
    }
}
