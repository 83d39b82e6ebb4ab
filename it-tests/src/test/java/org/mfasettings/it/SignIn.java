package org.mfasettings.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import java.util.UUID;

/**
 * One sign-in as an MFA server describes it to the decision and verification calls. Tests start
 * from {@link #of} and change one fact at a time; a null fact is left out of the JSON.
 */
public record SignIn(
        String username, String application, String authenticationType, String clientIp) {

    public static final String APPLICATION = "vpn";
    public static final String AUTHENTICATION_TYPE = "MOBILE_APP";
    public static final String CLIENT_IP = "10.20.30.40";

    public SignIn {
        Objects.requireNonNull(username);
    }

    /** The user signing in from the default application, authentication type and client IP. */
    public static SignIn of(String username) {
        return new SignIn(username, APPLICATION, AUTHENTICATION_TYPE, CLIENT_IP);
    }

    /** A user name no other test uses, of the form user@domain. */
    public static String uniqueUser() {
        return "it-user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public SignIn withApplication(String value) {
        return new SignIn(username, value, authenticationType, clientIp);
    }

    public SignIn withAuthenticationType(String value) {
        return new SignIn(username, application, value, clientIp);
    }

    public SignIn withClientIp(String value) {
        return new SignIn(username, application, authenticationType, value);
    }

    /** The body of POST /v1/decisions. */
    public String decisionBody() {
        return facts().build().toString();
    }

    /** The body of POST /v1/verifications with that result. */
    public String verificationBody(String result) {
        return facts().add("result", result).build().toString();
    }

    private JsonObjectBuilder facts() {
        JsonObjectBuilder body = Json.createObjectBuilder().add("username", username);
        if (application != null) {
            body.add("application", application);
        }
        if (authenticationType != null) {
            body.add("authenticationType", authenticationType);
        }
        if (clientIp != null) {
            body.add("clientIp", clientIp);
        }
        return body;
    }
}
