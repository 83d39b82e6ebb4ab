package org.mfasettings.console.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.FieldError;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.NotFoundException;

/**
 * Puts the outcome of an action on the page. Texts come from the console bundle; the business
 * layer's refusals are shown beside the input they concern, so that a page never needs to repeat
 * the rules that the session beans enforce.
 */
public final class Feedback {

    private static final Logger LOG = System.getLogger(Feedback.class.getName());

    /** The variable name under which faces-config publishes the console bundle. */
    private static final String BUNDLE = "msg";

    private Feedback() {}

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, BUNDLE);
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Locale locale =
                faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        return new MessageFormat(pattern, locale).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        fail(null, text(key, arguments));
    }

    /** An error beside one input; a null client id makes it a page message. */
    public static void errorOn(String clientId, String text) {
        fail(clientId, text);
    }

    /** Keeps this request's messages for the page that a redirect leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Shows why the business layer refused an action. Field errors go beside the inputs named in
     * {@code fields}, or to the page naming the field; a conflict or a missing item goes beside
     * {@code conflictClientId}, or to the page when that is null.
     */
    public static void refused(
            RuntimeException refusal, Map<String, FieldTarget> fields, String conflictClientId) {
        if (refusal instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                showFieldError(error, fields);
            }
        } else if (refusal instanceof ConflictException || refusal instanceof NotFoundException) {
            fail(conflictClientId, refusal.getMessage());
        } else if (refusal instanceof EJBAccessException) {
            LOG.log(Level.WARNING, "A console action was refused: the role does not allow it");
            error("refused.notPermitted");
        } else {
            throw refusal;
        }
    }

    private static void showFieldError(FieldError error, Map<String, FieldTarget> fields) {
        FieldTarget target = fields.get(error.field());
        if (target == null) {
            fail(null, text("refused.field", error.field(), error.message()));
        } else {
            fail(
                    target.clientId(),
                    text("refused.field", text(target.labelKey()), error.message()));
        }
    }

    private static void fail(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
