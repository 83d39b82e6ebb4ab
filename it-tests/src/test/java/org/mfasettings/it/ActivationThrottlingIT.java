package org.mfasettings.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Repeated failed activations from one address are throttled with 429, and only that address. The
 * attempts come from a loopback address of their own (any of 127.0.0.0/8 is this machine), so that
 * the throttle they trip does not refuse the other tests, which come from 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivationThrottlingIT {

    private static final int ALLOWED_FAILURES = 10;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void failuresFromOneAddressAreThrottledThereOnly() throws IOException {
        String attacker = randomLoopbackAddress();
        String wrong =
                "{\"email\":\"activation-0000@mfa.local\",\"password\":\"wrong\","
                        + "\"serverName\":\"x\",\"hostname\":\"x\",\"version\":\"1\"}";

        for (int attempt = 1; attempt <= ALLOWED_FAILURES; attempt++) {
            assertEquals(401, statusOfActivation(attacker, wrong), "attempt " + attempt);
        }
        String refused = responseOfActivation(attacker, wrong);

        assertTrue(refused.startsWith("HTTP/1.1 429"), refused);
        assertTrue(refused.toLowerCase(java.util.Locale.ROOT).contains("retry-after:"), refused);
        assertEquals(401, statusOfActivation(randomLoopbackAddress(), wrong));
    }

    private static String randomLoopbackAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127."
                + random.nextInt(1, 255)
                + "."
                + random.nextInt(0, 256)
                + "."
                + random.nextInt(2, 255);
    }

    private static int statusOfActivation(String from, String body) throws IOException {
        String response = responseOfActivation(from, body);
        return Integer.parseInt(response.substring(9, 12));
    }

    /** One HTTP/1.1 exchange over a socket bound to {@code from}: what Jersey cannot do. */
    private static String responseOfActivation(String from, String body) throws IOException {
        URI base = ApiClient.baseUri();
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String request =
                "POST /mfa-api/v1/activation HTTP/1.1\r\n"
                        + "Host: "
                        + base.getHost()
                        + ":"
                        + base.getPort()
                        + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + payload.length
                        + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            String host = "localhost".equals(base.getHost()) ? "127.0.0.1" : base.getHost();
            socket.connect(new InetSocketAddress(host, base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
