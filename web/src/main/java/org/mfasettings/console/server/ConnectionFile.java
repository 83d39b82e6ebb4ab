package org.mfasettings.console.server;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * What an MFA server needs to know to talk to this service: where the API is and what each call
 * sends and answers. It describes the contract only; credentials and tokens never go into it, so
 * the file may be passed around and kept with installation notes.
 */
final class ConnectionFile {

    static final String FILE_NAME = "mfa-connection.json";
    static final String API_VERSION = "v1";

    private static final String NO_AUTH = "none";

    /** Calls marked so send the token from the activation answer, as bearerHeader shows. */
    private static final String BEARER = "bearer";

    private ConnectionFile() {}

    /**
     * @param serviceUrl the API's root as the browser reached it, e.g. {@code
     *     https://mfa.example.org/mfa-api}
     */
    static JsonObject describe(String serviceUrl, int heartbeatSeconds) {
        String apiBase = serviceUrl + "/" + API_VERSION;
        JsonArrayBuilder calls = Json.createArrayBuilder();
        calls.add(
                call(
                        "activate",
                        "POST",
                        "/activation",
                        NO_AUTH,
                        201,
                        List.of("email", "password", "serverName", "hostname", "version"),
                        List.of("serverId", "token", "replicationGroup", "heartbeatSeconds")));
        calls.add(
                call(
                        "heartbeat",
                        "POST",
                        "/heartbeat",
                        BEARER,
                        200,
                        List.of("version", "health", "detail"),
                        List.of("heartbeatSeconds", "serverTime")));
        calls.add(
                call(
                                "decide",
                                "POST",
                                "/decisions",
                                BEARER,
                                200,
                                List.of(
                                        "username",
                                        "application",
                                        "authenticationType",
                                        "clientIp"),
                                List.of("outcome", "validUntil", "bypassId", "ruleId"))
                        .add("query", Json.createArrayBuilder().add("waitSeconds")));
        calls.add(
                call(
                        "startVerification",
                        "POST",
                        "/verifications",
                        BEARER,
                        201,
                        List.of(
                                "username",
                                "application",
                                "authenticationType",
                                "clientIp",
                                "result"),
                        List.of("verificationId")));
        calls.add(
                call(
                        "finishVerification",
                        "PUT",
                        "/verifications/{id}",
                        BEARER,
                        200,
                        List.of("result"),
                        List.of()));
        return Json.createObjectBuilder()
                .add("serviceUrl", serviceUrl)
                .add("apiVersion", API_VERSION)
                .add("apiBase", apiBase)
                .add("bearerHeader", "Authorization: Bearer {token}")
                .add("heartbeatSeconds", heartbeatSeconds)
                .add("calls", calls)
                .build();
    }

    private static JsonObjectBuilder call(
            String name,
            String method,
            String path,
            String auth,
            int status,
            List<String> body,
            List<String> answer) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("method", method)
                .add("path", path)
                .add("auth", auth)
                .add("status", status)
                .add("body", Json.createArrayBuilder(body))
                .add("answer", Json.createArrayBuilder(answer));
    }
}
