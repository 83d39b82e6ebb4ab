package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The console in a real browser: a visitor who has not signed in is sent to the sign-in page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleSignInIT {

    @RegisterExtension static final Browser BROWSER = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anonymousVisitorIsRedirectedToSignIn() {
        WebDriver browser = BROWSER.open("/mfa/");

        String url = browser.getCurrentUrl();
        assertTrue(url.endsWith("/mfa/login.xhtml"), () -> "redirected to sign-in, not " + url);
    }
}
