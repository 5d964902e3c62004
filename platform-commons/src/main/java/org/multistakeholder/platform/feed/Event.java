package org.multistakeholder.platform.feed;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change, as the feed gives it. A receiver drops a repeat by its id and fetches the resource at url when "
        + "the data says it cares.")
public record Event(
        @Schema(description = "Unique across the three services and stable: the service's name and the event's number",
                example = "statements-42", maxLength = 40) String id,
        @Schema(description = "What happened", example = "statement.status-changed", maxLength = 100) String type,
        @Schema(description = "When it happened", example = "2024-06-11T09:00:00Z") Instant occurredAt,
        @Schema(description = "PUBLIC events are shown to anyone; EDITORS events to editors only", example = "PUBLIC") Visibility visibility,
        @Schema(description = "The resource the event is about, through the gateway", example = "http://localhost:8080/api/statements/2",
                maxLength = 2000) String url,
        @Schema(description = "The few facts a receiver needs to decide whether to fetch the resource (ids, a status); never personal data",
                example = "{\"statementId\": 2, \"status\": \"OPEN_FOR_SIGNATURE\"}", maxProperties = 10)
        Map<String, Object> data) {
}
