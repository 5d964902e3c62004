package org.multistakeholder.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP/1.1 written by hand on a socket, for what client libraries would not send as given: a path they would
 * normalise or encode, a broken request line, oversized headers, an unknown transfer coding; and from a loopback
 * address of the test's choosing (127.0.0.2 and up), which the gateway sees as another client.
 */
final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, headers by lower-case name, body (chunks joined). */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type") + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private final int port;
    private final String from;

    private RawHttp(int port, String from) {
        this.port = port;
        this.from = from;
    }

    /** To the product's gateway, from 127.0.0.1. */
    static RawHttp to(Product product) {
        return new RawHttp(product.gatewayPort(), null);
    }

    /** The same, from another loopback address: another client as far as per-address limits go. */
    RawHttp from(String loopbackAddress) {
        return new RawHttp(port, loopbackAddress);
    }

    /** A request with a path sent exactly as given, a Host, the headers given, and the body with its Content-Length. */
    Answer send(String method, String path, Map<String, String> headers, String body) {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n").append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        if (content != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        byte[] head = request.toString().getBytes(StandardCharsets.UTF_8);
        if (content == null) {
            return sendBytes(head);
        }
        byte[] whole = Arrays.copyOf(head, head.length + content.length);
        System.arraycopy(content, 0, whole, head.length, content.length);
        return sendBytes(whole);
    }

    /** These bytes exactly, then the answer read to the end of the connection. */
    Answer sendBytes(byte[] request) {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int read; (read = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            // nginx may reset a connection whose request it refused unread; what arrived before is the answer.
            if (out.size() == 0) {
                throw reset;
            }
        }
        return out.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            throw new AssertionError("not an HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] rest = Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> coding = headers.get("transfer-encoding");
        byte[] body = coding != null && coding.contains("chunked") ? unchunk(rest) : rest;
        List<String> length = headers.get("content-length");
        if (length != null && coding == null) {
            body = Arrays.copyOf(body, Math.min(body.length, Integer.parseInt(length.get(0))));
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("a chunk without its line end");
    }
}
