package org.mfasettings.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP client of the running application, signed in as one administrator with HTTP Basic, or
 * anonymous. Bodies go out as JSON; answers are read by the caller. Close it after use.
 */
public final class ApiClient implements AutoCloseable {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String ADMIN_API = "/mfa-api/v1/admin/";

    private final Client client;
    private final URI baseUri;
    private final Optional<Credentials> credentials;

    private ApiClient(Optional<Credentials> credentials) {
        this.client =
                ClientBuilder.newBuilder()
                        .connectTimeout(10, TimeUnit.SECONDS)
                        .readTimeout(60, TimeUnit.SECONDS)
                        .build();
        this.baseUri = baseUri();
        this.credentials = credentials;
    }

    public static ApiClient anonymous() {
        return new ApiClient(Optional.empty());
    }

    public static ApiClient as(Credentials credentials) {
        return new ApiClient(Optional.of(credentials));
    }

    /** Where the server under test answers HTTP: {@code it.base.url}, set by the build. */
    public static URI baseUri() {
        return URI.create(Credentials.required("it.base.url"));
    }

    /** A path below the server root, such as {@code /mfa-api/health/live}. */
    public WebTarget target(String path) {
        return client.target(baseUri).path(path);
    }

    /** A resource of the admin API, such as {@code replication-groups}. */
    public WebTarget admin(String resource) {
        return target(ADMIN_API + resource);
    }

    public Invocation.Builder request(WebTarget target, String... accept) {
        Invocation.Builder builder =
                target.request(
                        accept.length == 0 ? new String[] {MediaType.APPLICATION_JSON} : accept);
        credentials.ifPresent(c -> builder.header(HttpHeaders.AUTHORIZATION, basic(c)));
        return builder;
    }

    public Response get(String resource) {
        return request(admin(resource)).get();
    }

    public Response post(String resource, Object body) {
        return request(admin(resource)).post(entity(body));
    }

    public Response put(String resource, Object body) {
        return request(admin(resource)).put(entity(body));
    }

    public Response delete(String resource) {
        return request(admin(resource)).delete();
    }

    /** A body sent verbatim, for requests that must not be valid JSON. */
    public static Entity<String> raw(String body) {
        return Entity.entity(body, MediaType.APPLICATION_JSON_TYPE);
    }

    /** A JSON body: a string is sent verbatim, anything else is bound to JSON. */
    public static Entity<?> entity(Object body) {
        return body instanceof String text ? raw(text) : Entity.json(body);
    }

    public static JsonObject object(Response response) {
        return read(response, JsonObject.class);
    }

    public static JsonArray array(Response response) {
        return read(response, JsonArray.class);
    }

    private static <T extends JsonStructure> T read(Response response, Class<T> type) {
        try (response) {
            return response.readEntity(type);
        }
    }

    private static String basic(Credentials c) {
        String pair = c.username() + ":" + c.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        client.close();
    }
}
