package org.mfasettings.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends requests from a loopback address of its own, 127.x.y.z, instead of the 127.0.0.1 that every
 * other test uses. The service throttles failures per source address, so a test that fails on
 * purpose many times (a race of activations) does it from here and leaves the suite's own address
 * untouched. Linux routes the whole of 127.0.0.0/8 to the loopback interface.
 *
 * <p>Plain HTTP/1.1 over a socket, since the JDK's HTTP clients cannot choose their source address.
 */
public final class LoopbackAlias {

    private final InetAddress source;

    private LoopbackAlias(InetAddress source) {
        this.source = source;
    }

    /** A random address in 127.0.0.0/8 other than 127.0.0.1. */
    public static LoopbackAlias random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] address = {
            127,
            (byte) random.nextInt(1, 255),
            (byte) random.nextInt(1, 255),
            (byte) random.nextInt(2, 255)
        };
        try {
            return new LoopbackAlias(InetAddress.getByAddress(address));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public String address() {
        return source.getHostAddress();
    }

    /** POSTs a JSON body to a path below the server root and returns the status and body. */
    public Answer post(String path, String json) {
        URI base = ApiClient.baseUri();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head =
                "POST "
                        + path
                        + " HTTP/1.1\r\nHost: "
                        + base.getHost()
                        + ":"
                        + base.getPort()
                        + "\r\nContent-Type: application/json\r\nAccept: application/json"
                        + "\r\nContent-Length: "
                        + body.length
                        + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(loopbackOf(base), base.getPort()), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " from " + address(), e);
        }
    }

    private static InetAddress loopbackOf(URI base) throws UnknownHostException {
        for (InetAddress candidate : InetAddress.getAllByName(base.getHost())) {
            if (candidate.getAddress().length == 4) {
                return candidate;
            }
        }
        throw new UnknownHostException("no IPv4 address for " + base.getHost());
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /**
     * The status line's code, the header lines, and everything after them (chunked bodies left as
     * sent).
     */
    public record Answer(int status, String headers, String body) {

        static Answer parse(String response) {
            int status = Integer.parseInt(response.substring(9, 12));
            int end = response.indexOf("\r\n\r\n");
            return end < 0
                    ? new Answer(status, response, "")
                    : new Answer(status, response.substring(0, end), response.substring(end + 4));
        }

        /** The value of a header, whatever its case, or null. */
        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }
}
