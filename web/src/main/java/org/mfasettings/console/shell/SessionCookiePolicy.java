package org.mfasettings.console.shell;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The console's session cookie: never readable by scripts, never sent on requests that other sites
 * start. Set here rather than in web.xml, whose cookie attributes Payara does not read.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
    }
}
