package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An on-premises MFA server as the service sees it: activated through the API with credentials a
 * global administrator issued, then calling heartbeat, decisions and verifications with its bearer
 * token. Close it after use.
 */
public final class MfaServerClient implements AutoCloseable {

    public static final String SERVER_API = "/mfa-api/v1/";
    public static final String VERSION = "8.1.0";

    private final Client client;
    private final String token;
    private final String serverId;
    private final String name;
    private final String replicationGroup;

    private MfaServerClient(String token, String serverId, String name, String replicationGroup) {
        this.client = newClient();
        this.token = token;
        this.serverId = serverId;
        this.name = name;
        this.replicationGroup = replicationGroup;
    }

    /** Issues credentials into the group (Default if null) and activates a new server with them. */
    public static MfaServerClient activate(ApiClient globalAdmin, String group) {
        JsonObject credentials = issueCredentials(globalAdmin, group);
        String name = uniqueServerName();
        try (ApiClient anonymous = ApiClient.anonymous();
                Response response = postActivation(anonymous, activationBody(credentials, name))) {
            assertEquals(
                    201,
                    response.getStatus(),
                    () -> "activating a server: " + response.readEntity(String.class));
            JsonObject activation = response.readEntity(JsonObject.class);
            return new MfaServerClient(
                    activation.getString("token"),
                    activation.getString("serverId"),
                    name,
                    activation.getString("replicationGroup"));
        }
    }

    /** A client that presents a token of its own making, as an impostor would. */
    public static MfaServerClient withToken(String token) {
        return new MfaServerClient(token, null, null, null);
    }

    /** New activation credentials in that group (Default if null), as the answer shows them. */
    public static JsonObject issueCredentials(ApiClient globalAdmin, String group) {
        Map<String, String> body = group == null ? Map.of() : Map.of("replicationGroup", group);
        try (Response response = globalAdmin.post("activation-credentials", body)) {
            assertEquals(
                    201,
                    response.getStatus(),
                    () -> "issuing credentials: " + response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }

    /** The body of POST /v1/activation for those credentials. */
    public static Map<String, Object> activationBody(JsonObject credentials, String serverName) {
        return Map.of(
                "email",
                credentials.getString("accountName"),
                "password",
                credentials.getString("password"),
                "serverName",
                serverName,
                "hostname",
                "mfa-01.example.com",
                "version",
                VERSION);
    }

    /** POST /v1/activation, which needs no token: send it with an anonymous client. */
    public static Response postActivation(ApiClient anonymous, Object body) {
        return anonymous
                .request(anonymous.target(SERVER_API + "activation"))
                .post(ApiClient.entity(body));
    }

    public static String uniqueServerName() {
        return "it-server-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String serverId() {
        return serverId;
    }

    public String token() {
        return token;
    }

    public String name() {
        return name;
    }

    public String replicationGroup() {
        return replicationGroup;
    }

    public Response heartbeat(Object body) {
        return request("heartbeat").post(ApiClient.entity(body));
    }

    /** A heartbeat that the service accepts, with that health and detail (null for none). */
    public JsonObject heartbeat(String health, String detail) {
        Map<String, String> body =
                detail == null
                        ? Map.of("version", VERSION, "health", health)
                        : Map.of("version", VERSION, "health", health, "detail", detail);
        return ok(heartbeat(body), 200);
    }

    public Response decide(Object body) {
        return request("decisions").post(ApiClient.entity(body));
    }

    public Response decide(Object body, int waitSeconds) {
        return request(target("decisions").queryParam("waitSeconds", waitSeconds))
                .post(ApiClient.entity(body));
    }

    /** The decision for this sign-in. */
    public JsonObject decision(SignIn signIn) {
        return ok(decide(signIn.decisionBody()), 200);
    }

    /** The outcome of the decision for this sign-in: CACHED, BYPASS, PENDING or VERIFY. */
    public String outcome(SignIn signIn) {
        return decision(signIn).getString("outcome");
    }

    public Response reportVerification(Object body) {
        return request("verifications").post(ApiClient.entity(body));
    }

    /** Reports a verification of this sign-in with that result, and returns its id. */
    public String verification(SignIn signIn, String result) {
        return ok(reportVerification(signIn.verificationBody(result)), 201)
                .getString("verificationId");
    }

    public Response finishVerification(String id, Object body) {
        return request(target("verifications").path(id)).put(ApiClient.entity(body));
    }

    /** Finishes a STARTED verification with that result. */
    public void finish(String id, String result) {
        ok(finishVerification(id, Map.of("result", result)), 200);
    }

    public WebTarget target(String call) {
        return client.target(ApiClient.baseUri()).path(SERVER_API + call);
    }

    private Invocation.Builder request(String call) {
        return request(target(call));
    }

    private Invocation.Builder request(WebTarget target) {
        return target.request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private static JsonObject ok(Response response, int status) {
        try (response) {
            String body = response.readEntity(String.class);
            assertEquals(status, response.getStatus(), () -> "answer: " + body);
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private static Client newClient() {
        return ClientBuilder.newBuilder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .build();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "MfaServerClient[serverId=" + serverId + ", name=" + name + "]";
    }
}
