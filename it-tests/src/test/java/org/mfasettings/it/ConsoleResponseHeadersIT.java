package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every console response tells the browser, and what its session cookie allows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleResponseHeadersIT {

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
        try (ApiClient browser = ApiClient.anonymous();
                Response page =
                        browser.request(browser.target("/mfa/login.xhtml"), "text/html").get()) {
            List<String> cookies =
                    page.getStringHeaders().getOrDefault("Set-Cookie", List.of()).stream()
                            .filter(c -> c.startsWith("JSESSIONID="))
                            .toList();

            assertEquals(1, cookies.size(), () -> "one session cookie: " + cookies);
            String cookie = cookies.get(0).toLowerCase(java.util.Locale.ROOT);
            assertTrue(cookie.contains("httponly"), cookie);
            assertTrue(cookie.contains("samesite=strict"), cookie);
        }
    }
}
