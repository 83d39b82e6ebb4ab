package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Assertions on RFC 9457 problem documents, the form of every error the API answers. */
public final class Problems {

    private Problems() {}

    /** Asserts the status and the problem+json body that states it, and returns the body. */
    public static JsonObject assertProblem(int status, Response response) {
        try (response) {
            assertEquals(status, response.getStatus(), "status");
            MediaType type = response.getMediaType();
            assertTrue(
                    type != null && type.toString().startsWith(ApiClient.PROBLEM_JSON),
                    () -> "expected " + ApiClient.PROBLEM_JSON + " but got " + type);
            JsonObject problem = response.readEntity(JsonObject.class);
            assertEquals(status, problem.getInt("status"), "status in the body");
            assertTrue(problem.containsKey("title"), "a problem has a title");
            return problem;
        }
    }

    /** Asserts that a 400 problem names the field among its errors. */
    public static JsonObject assertInvalidField(String field, Response response) {
        JsonObject problem = assertProblem(400, response);
        assertTrue(
                problem.containsKey("errors")
                        && problem.getJsonArray("errors").stream()
                                .map(JsonObject.class::cast)
                                .anyMatch(e -> field.equals(e.getString("field"))),
                () -> "expected an error for field " + field + " in " + problem);
        return problem;
    }
}
