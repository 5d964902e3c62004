package org.multistakeholder.platform.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

import org.multistakeholder.platform.calendar.Calendar;
import org.multistakeholder.platform.text.Text;

/**
 * A value of the wrong JSON type is refused with 400 rather than converted: by default Jackson reads
 * {@code "title": 12} as the text "12", {@code "kind": 1} as the second kind, {@code "sessionCount": 1.5} as 1 and
 * {@code "issuedOn": 12345} as the 12,345th day after 1970, so a client's mistake would be stored silently.
 * <p>
 * The body is read strictly too: nothing may follow it, a key may not appear twice, a blank string is not a
 * number, a boolean or a date, and a date is a string ({@code [2024,5,9]} is not one). Every string is held to
 * {@link Text#refusal} (no NUL, lone surrogate or C0 control but tab, newline and carriage return), and every
 * date and instant to {@link Calendar} (years 0001 to 9999, four digits, no sign).
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
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.DateTime }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setAcceptBlankAsEmpty(false);
        }
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, false);
        mapper.configure(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT, false);
        mapper.configure(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, false);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new SimpleModule("strict-values").addDeserializer(Instant.class, new IsoInstants())
                .addDeserializer(LocalDate.class, new IsoDates()).addDeserializer(String.class, new CheckedText()));
    }

    /** Strings as Jackson reads them, held to {@link Text#refusal}. */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String refusal = Text.refusal(text);
            if (refusal != null) {
                throw new RefusedText(parser, refusal);
            }
            return text;
        }
    }

    /** Dates as YYYY-MM-DD text with a year from 0001 to 9999, never an array of numbers. */
    static final class IsoDates extends StdScalarDeserializer<LocalDate> {

        IsoDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            LocalDate day = Calendar.day(text);
            if (day == null) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as YYYY-MM-DD, " + Calendar.RULE);
            }
            return day;
        }
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
            String text = parser.getText();
            if (!Calendar.looksLikeInstant(text)) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an instant, " + Calendar.RULE);
            }
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (instant != null && !Calendar.inRange(instant)) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an instant, " + Calendar.RULE);
            }
            // At the precision PostgreSQL stores (as Timestamps.now() is): the answer to a write gives what a read will.
            return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
        }
    }
}
