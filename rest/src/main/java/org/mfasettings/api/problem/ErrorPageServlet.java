package org.mfasettings.api.problem;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.mfasettings.security.AdminAuthenticationMechanism;

/**
 * The error page of the API module. Errors that never reach JAX-RS, such as a refused sign-in, get
 * the same problem document as every other error, instead of the server's HTML page.
 */
@WebServlet("/problem-error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : response.getStatus();
        Object refusal = request.getAttribute(AdminAuthenticationMechanism.REFUSAL_DETAIL);
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = refusal != null ? refusal.toString() : detailFor(status);

        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(
                        Json.createObjectBuilder()
                                .add("type", "about:blank")
                                .add("title", title)
                                .add("status", status)
                                .add("detail", detail)
                                .build()
                                .toString());
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 401 -> "Sign in with an administrator's username and password.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "No resource at this address.";
            default -> "The request cannot be processed.";
        };
    }
}
