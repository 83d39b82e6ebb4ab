package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Repeated failed activations from one address are throttled with 429, and only that address. The
 * attempts come from loopback addresses of their own (see {@link LoopbackAlias}), so that the
 * throttle they trip does not refuse the other tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivationThrottlingIT {

    private static final int ALLOWED_FAILURES = 10;
    private static final String ACTIVATION = "/mfa-api/v1/activation";
    private static final String WRONG =
            "{\"email\":\"activation-0000@mfa.local\",\"password\":\"wrong\","
                    + "\"serverName\":\"x\",\"hostname\":\"x\",\"version\":\"1\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void failuresFromOneAddressAreThrottledThereOnly() {
        LoopbackAlias attacker = LoopbackAlias.random();

        for (int attempt = 1; attempt <= ALLOWED_FAILURES; attempt++) {
            assertEquals(401, attacker.post(ACTIVATION, WRONG).status(), "attempt " + attempt);
        }
        LoopbackAlias.Answer refused = attacker.post(ACTIVATION, WRONG);

        assertEquals(429, refused.status(), refused.body());
        assertNotNull(refused.header("Retry-After"), refused.headers());
        assertEquals(401, LoopbackAlias.random().post(ACTIVATION, WRONG).status());
    }
}
