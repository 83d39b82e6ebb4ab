package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mfasettings.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemResponsesIT {

    @RegisterExtension final Administrators administrators = new Administrators();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void unknownPathAnswersNotFoundProblem() {
        try (ApiClient reader = ApiClient.as(administrators.reader())) {
            JsonObject problem = assertProblem(404, reader.get("no-such-resource"));
            assertEquals("Not Found", problem.getString("title"));
        }
    }

    @Test
    void unknownPathOutsideTheAdminApiAnswersNotFoundProblem() {
        try (ApiClient anonymous = ApiClient.anonymous()) {
            assertProblem(
                    404, anonymous.request(anonymous.target("/mfa-api/v1/no-such-call")).get());
        }
    }

    @Test
    void unknownGroupAnswersNotFoundProblem() {
        try (ApiClient reader = ApiClient.as(administrators.reader())) {
            assertProblem(404, reader.get("replication-groups/no-such-group-" + System.nanoTime()));
        }
    }
}
