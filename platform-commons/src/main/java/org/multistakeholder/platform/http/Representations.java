package org.multistakeholder.platform.http;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bytes an answer's entity is written as: what a representation's tag is derived from and what a replay sends. */
public final class Representations {

    private Representations() {
    }

    /**
     * The entity's bytes, or null when it is written as it streams (nothing to read ahead). Anything but bytes and
     * text is written as JSON, by the same mapper the services answer with.
     */
    public static byte[] bytesOf(ObjectMapper json, Object entity) throws JsonProcessingException {
        if (entity == null || entity instanceof StreamingOutput || entity instanceof java.io.InputStream) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }
}
