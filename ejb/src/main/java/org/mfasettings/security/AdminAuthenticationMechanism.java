package org.mfasettings.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.mfasettings.admin.AdminRole;
import org.mfasettings.admin.SignInResult;
import org.mfasettings.admin.SignInService;

/**
 * The one authentication mechanism of the application. Jakarta Security keeps a single mechanism
 * for a whole EAR, so this one serves both web modules and picks its style from each module's
 * context parameter {@value #STYLE_PARAMETER}: {@code form} for the console (a session, and a
 * redirect to the sign-in page), {@code basic} for the admin API (credentials on every request,
 * problem+json refusals).
 *
 * <p>A console session stores only the username. On every request the caller is re-asserted with
 * the role the database holds now, so a removed administrator or a changed role takes effect at
 * once, and the roles reach the EJB layer on every server.
 */
@ApplicationScoped
public class AdminAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String STYLE_PARAMETER = "org.mfasettings.authentication";
    public static final String SIGN_IN_PAGE = "/login.xhtml";

    /** Request attribute with the {@link SignInResult.Outcome} of a refused console sign-in. */
    public static final String REFUSAL = "org.mfasettings.signInRefusal";

    /**
     * Request attribute with the reason of a refused API request, for the error page that writes
     * the problem document when the container replaces the mechanism's own response.
     */
    public static final String REFUSAL_DETAIL = "org.mfasettings.refusalDetail";

    static final String SESSION_CALLER = "org.mfasettings.caller";
    private static final String REALM = "MFA settings administration";

    @Inject SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String style = request.getServletContext().getInitParameter(STYLE_PARAMETER);
        return "basic".equals(style)
                ? validateBasic(request, response, context)
                : validateForm(request, response, context);
    }

    @Override
    public void cleanSubject(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus validateForm(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential submitted) {
            return signInToConsole(request, context, submitted);
        }

        HttpSession session = request.getSession(false);
        String caller = session == null ? null : (String) session.getAttribute(SESSION_CALLER);
        if (caller != null) {
            Optional<AdminRole> role = signIn.currentRole(caller);
            if (role.isPresent()) {
                return context.notifyContainerAboutLogin(caller, role.get().groups());
            }
            session.invalidate();
        }

        if (context.isProtected()) {
            return redirectToSignIn(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signInToConsole(
            HttpServletRequest request,
            HttpMessageContext context,
            UsernamePasswordCredential submitted) {
        SignInResult result =
                signIn.authenticate(
                        submitted.getCaller(),
                        submitted.getPasswordAsString(),
                        request.getRemoteAddr());
        if (!result.succeeded()) {
            request.setAttribute(REFUSAL, result.outcome());
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        } else {
            session = request.getSession(true);
        }
        session.setAttribute(SESSION_CALLER, result.username());
        return context.notifyContainerAboutLogin(result.username(), result.groups());
    }

    /** A Faces Ajax request cannot follow a redirect; it is told to navigate instead. */
    private AuthenticationStatus redirectToSignIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String location = request.getContextPath() + SIGN_IN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write(
                                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                                        + "<redirect url=\""
                                        + location
                                        + "\"/></partial-response>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(location);
    }

    private AuthenticationStatus validateBasic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<String[]> credentials = decodeBasic(header.substring(6).trim());
            if (credentials.isEmpty()) {
                return refuse(request, response, 401, "Malformed Basic credentials.");
            }
            SignInResult result =
                    signIn.authenticate(
                            credentials.get()[0], credentials.get()[1], request.getRemoteAddr());
            return switch (result.outcome()) {
                case SUCCEEDED ->
                        context.notifyContainerAboutLogin(result.username(), result.groups());
                case THROTTLED ->
                        refuse(
                                request,
                                response,
                                429,
                                "Too many failed sign-ins. Try again later.");
                case FAILED ->
                        refuse(request, response, 401, "The username or password is not correct.");
            };
        }
        if (context.isProtected()) {
            return refuse(
                    request,
                    response,
                    401,
                    "Sign in with an administrator's username and password.");
        }
        return context.doNothing();
    }

    private static Optional<String[]> decodeBasic(String encoded) {
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(
                            new String[] {
                                decoded.substring(0, colon), decoded.substring(colon + 1)
                            });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String detail) {
        request.setAttribute(REFUSAL_DETAIL, detail);
        response.setStatus(status);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        if (status == 429) {
            response.setHeader("Retry-After", "900");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = status == 429 ? "Too Many Requests" : "Unauthorized";
        String body =
                Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", title)
                        .add("status", status)
                        .add("detail", detail)
                        .build()
                        .toString();
        try {
            response.getWriter().write(body);
            // Committed here, so that no server replaces the problem with its own error page.
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SEND_CONTINUE: the response is complete; the container must not replace the body with
        // its own error page, as it does after SEND_FAILURE.
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
