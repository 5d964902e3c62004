package org.multistakeholder.platform.json;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A value of the wrong JSON type is refused with 400 rather than converted: by default Jackson reads
 * {@code "title": 12} as the text "12", {@code "kind": 1} as the second kind, {@code "sessionCount": 1.5} as 1 and
 * {@code "issuedOn": 12345} as the 12,345th day after 1970, so a client's mistake would be stored silently.
 */
@Singleton
class StrictJsonTypes implements ObjectMapperCustomizer {

    /** Last, so that the instants read here are not read by the date-time module Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        // Dates and instants are ISO-8601 text; a number is not read as days or seconds since 1970.
        mapper.setDefaultLeniency(false);
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("strict-instants").addDeserializer(Instant.class, new IsoInstants()));
    }

    /**
     * Instants as ISO-8601 text only: the date-time module would read a number, or a string of digits, as seconds since
     * 1970. Read to the microsecond, as they are stored.
     */
    static final class IsoInstants extends StdScalarDeserializer<Instant> {

        IsoInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING) || parser.getText().trim().matches("[+-]?[0-9.]*")) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            // At the precision PostgreSQL stores (as Timestamps.now() is): the answer to a write gives what a read will.
            return InstantDeserializer.INSTANT.deserialize(parser, context).truncatedTo(ChronoUnit.MICROS);
        }
    }
}
