package org.multistakeholder.statements.correspondence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class CorrespondenceResourceTests {

    @Test
    void shouldKeepALetterWithItsHeadedActionItemsInOrder() {
        String org = "Org " + UUID.randomUUID();
        long first = id(create(letter("2024-07-15", "ICANN Strategy for WSIS+20", org, null, null)));
        String reply = create(reply(first, org));

        given().when().get(reply).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("sentOn", equalTo("2024-07-25"))
                .body("subject", equalTo("RE: ICANN Strategy for WSIS+20"))
                .body("sender.name", equalTo("Sally Costerton"))
                .body("sender.title", equalTo("Interim President and CEO"))
                .body("recipient.organization", equalTo(org))
                .body("inReplyToId", equalTo((int) first))
                .body("salutation", equalTo("Dear Alejandra,"))
                .body("actionItemGroups.heading", contains("Improving Coordination", "Providing Core Messaging", "Messaging for Media Engagement"))
                .body("actionItemGroups[0].items", contains("Establish coordination groups.", "Partner with the coalition."))
                .body("actionItemGroups[0].introText", nullValue())
                .body("actionItemGroups[2].introText", equalTo("These messages will include, among others:"))
                .body("actionItemGroups[2].items", contains("Information about the UN processes", "How ICANN's model contributed"))
                .body("valediction", equalTo("Sincerely,"));
        given().when().get("/api/correspondence/" + first).then().statusCode(200)
                .body("body", nullValue())
                .body("actionItemGroups", equalTo(List.of()))
                .body("replyIds", contains((int) id(reply)));
    }

    @Test
    void shouldAnswerTheWholeThreadInDateOrderFromAnyLetterInIt() {
        String org = "Org " + UUID.randomUUID();
        long first = id(create(letter("2024-07-15", "Thread start", org, null, null)));
        long second = id(create(letter("2024-07-25", "RE: Thread start", org, first, "Reply")));
        long third = id(create(letter("2024-08-02", "RE: RE: Thread start", org, second, "Second reply")));
        long unrelated = id(create(letter("2024-07-20", "Elsewhere", org, null, null)));

        for (long start : List.of(first, second, third)) {
            given().when().get("/api/correspondence/" + start + "/thread").then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items.id", contains((int) first, (int) second, (int) third))
                    .body("items.sentOn", contains("2024-07-15", "2024-07-25", "2024-08-02"));
        }
        given().when().get("/api/correspondence/" + unrelated + "/thread").then().body("total", equalTo(1));
        given().queryParam("size", 2).queryParam("page", 1).when().get("/api/correspondence/" + first + "/thread")
                .then().body("items.id", contains((int) third)).body("total", equalTo(3));
        given().queryParam("sort", "-sentOn").when().get("/api/correspondence/" + first + "/thread").then().statusCode(200)
                .body("items.id", contains((int) third, (int) second, (int) first));
        given().queryParam("sort", "subject").when().get("/api/correspondence/" + first + "/thread").then().statusCode(400);
        given().when().get("/api/correspondence/987654321/thread").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldFilterByDatesPartyAndText() {
        String org = "Org " + UUID.randomUUID();
        String word = "xq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        create(letter("2024-07-15", "First letter", org, null, null));
        create(letter("2024-07-25", "Second letter", org, null, "We discussed " + word + " at length."));

        given().queryParam("party", org.toUpperCase()).when().get("/api/correspondence").then().statusCode(200)
                .body("total", equalTo(2)).body("items.subject", contains("Second letter", "First letter"));
        given().queryParam("party", org).queryParam("sentFrom", "2024-07-20").when().get("/api/correspondence")
                .then().body("total", equalTo(1)).body("items[0].subject", equalTo("Second letter"));
        given().queryParam("party", org).queryParam("sentTo", "2024-07-15").queryParam("sort", "sentOn").when().get("/api/correspondence")
                .then().body("total", equalTo(1)).body("items[0].subject", equalTo("First letter"));
        given().queryParam("q", word).when().get("/api/correspondence")
                .then().body("total", equalTo(1)).body("items[0].subject", equalTo("Second letter"));
        given().queryParam("party", "Alejandra").queryParam("q", "coordinat").queryParam("sentFrom", "2024-07-15")
                .queryParam("sentTo", "2024-07-25").when().get("/api/correspondence")
                .then().statusCode(200);
        given().queryParam("sentFrom", "15/07/2024").when().get("/api/correspondence")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("sentFrom"));
        given().queryParam("sort", "colour").when().get("/api/correspondence").then().statusCode(400);
    }

    @Test
    void shouldFindLettersByTheirActionItems() {
        String org = "Org " + UUID.randomUUID();
        String word = "yq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Map<String, Object> letter = new HashMap<>(letter("2024-07-25", "Items", org, null, null));
        letter.put("actionItemGroups", List.of(Map.of("heading", "Heading", "items", List.of("Arrange " + word + " calls"))));
        create(letter);
        given().queryParam("q", word).when().get("/api/correspondence").then().body("total", equalTo(1));
    }

    @Test
    void shouldReplaceALetterOnlyWithCurrentIfMatch() {
        String org = "Org " + UUID.randomUUID();
        long first = id(create(letter("2024-07-15", "First", org, null, null)));
        String reply = create(reply(first, org));
        Map<String, Object> changed = new HashMap<>(given().get(reply).then().extract().jsonPath().getMap(""));
        changed.put("actionItemGroups", List.of(Map.of("heading", "Only heading", "introText", "Intro", "items", List.of("Only item"))));

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(changed)
                .when().put(reply).then().statusCode(428);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"4\"").body(changed)
                .when().put(reply).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when().put(reply).then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(reply).then().statusCode(403);
        given().when().get(reply).then().body("actionItemGroups.heading", contains("Improving Coordination", "Providing Core Messaging",
                "Messaging for Media Engagement"));

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(reply).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("actionItemGroups.heading", contains("Only heading"))
                .body("actionItemGroups[0].items", contains("Only item"));
        given().when().get(reply).then().body("actionItemGroups[0].introText", equalTo("Intro"));
    }

    @Test
    void shouldRefuseRepliesToUnknownLettersAndLoopingChains() {
        String org = "Org " + UUID.randomUUID();
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(letter("2024-07-25", "Orphan", org, 987654321L, null))
                .when().post("/api/correspondence")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("inReplyToId"));

        String firstLocation = create(letter("2024-07-15", "First", org, null, null));
        long first = id(firstLocation);
        long second = id(create(letter("2024-07-25", "Second", org, first, null)));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(letter("2024-07-15", "First", org, second, null))
                .when().put(firstLocation)
                .then().statusCode(400).body("violations[0].field", equalTo("inReplyToId"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(letter("2024-07-15", "First", org, first, null))
                .when().put(firstLocation)
                .then().statusCode(400).body("violations[0].field", equalTo("inReplyToId"));
        given().when().get(firstLocation).then().header("ETag", equalTo("\"0\"")).body("inReplyToId", nullValue());
        given().queryParam("party", org).when().get("/api/correspondence").then().body("total", equalTo(2));
    }

    @Test
    void shouldRefuseInvalidLettersAndAnonymousWriters() {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("sentOn", "2024-07-25", "subject", "No parties"))
                .when().post("/api/correspondence")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem(containsString("sender")));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("sentOn", "25 July 2024", "subject", "s", "sender", Map.of("name", "a"), "recipient", Map.of("name", "b")))
                .when().post("/api/correspondence")
                .then().statusCode(400).body("field", equalTo("sentOn"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("sentOn", "2024-07-25", "subject", "s", "sender", Map.of("name", "a"), "recipient", Map.of("name", "b"),
                        "actionItemGroups", List.of(Map.of("heading", "", "items", List.of()))))
                .when().post("/api/correspondence")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(letter("2024-07-25", "Anonymous", "Org", null, null))
                .when().post("/api/correspondence").then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).body(letter("2024-07-25", "Reader", "Org", null, null))
                .when().post("/api/correspondence").then().statusCode(403);
        given().when().get("/api/correspondence/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> letter(String sentOn, String subject, String organization, Long inReplyToId, String body) {
        Map<String, Object> letter = new HashMap<>();
        letter.put("sentOn", sentOn);
        letter.put("subject", subject);
        letter.put("sender", Map.of("name", "Alejandra Reynoso", "title", "Chair",
                "organization", "Country Code Names Supporting Organization (ccNSO) Council"));
        letter.put("recipient", Map.of("name", "Sally Costerton", "title", "Interim President and CEO", "organization", organization));
        letter.put("inReplyToId", inReplyToId);
        letter.put("body", body);
        return letter;
    }

    private static Map<String, Object> reply(long inReplyTo, String organization) {
        Map<String, Object> letter = new HashMap<>();
        letter.put("sentOn", "2024-07-25");
        letter.put("subject", "RE: ICANN Strategy for WSIS+20");
        letter.put("sender", Map.of("name", "Sally Costerton", "title", "Interim President and CEO", "organization", "ICANN"));
        letter.put("recipient", Map.of("name", "Alejandra Reynoso", "title", "Chair", "organization", organization));
        letter.put("inReplyToId", inReplyTo);
        letter.put("salutation", "Dear Alejandra,");
        letter.put("body", "Thank you for your letter dated 15 July 2024.");
        letter.put("actionItemGroups", List.of(
                Map.of("heading", "Improving Coordination", "items", List.of("Establish coordination groups.", "Partner with the coalition.")),
                Map.of("heading", "Providing Core Messaging", "items", List.of("Provide more detailed messaging.")),
                Map.of("heading", "Messaging for Media Engagement", "introText", "These messages will include, among others:",
                        "items", List.of("Information about the UN processes", "How ICANN's model contributed"))));
        letter.put("closingText", "Once again, thank you for your letter.");
        letter.put("valediction", "Sincerely,");
        return letter;
    }

    private static String create(Map<String, Object> letter) {
        return given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(letter)
                .when().post("/api/correspondence")
                .then().statusCode(201).header("Location", containsString("/api/correspondence/"))
                .extract().header("Location");
    }

    private static long id(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
