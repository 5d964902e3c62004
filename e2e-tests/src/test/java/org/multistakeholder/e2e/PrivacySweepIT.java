package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Reads, anonymously and through the gateway, every public GET that the three OpenAPI documents publish,
 * with every id the lists lead to, and fails if an email address or a phone number appears anywhere.
 */
class PrivacySweepIT extends ThroughTheGateway {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+\\d{1,3}[ .-]?\\(?\\d{1,4}\\)?([ .-]?\\d{2,4}){2,}");
    /**
     * The draft of seed 003 invites comments to its working group's mailbox, in the text of the published
     * invitation. It is the group's public address, not a person's contact data.
     */
    private static final Set<String> PUBLISHED_GROUP_ADDRESSES = Set.of("WSISWPG@icann.org");
    private static final int IDS_PER_LIST = 25;

    @Test
    void shouldNeverShowAnEmailAddressOrPhoneNumberToAnonymousReaders() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String service : Product.SERVICES) {
            Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/openapi/" + service)
                    .then().statusCode(200).extract().jsonPath().getMap("paths");
            paths.forEach((template, operations) -> {
                if (operations.containsKey("get")) {
                    for (String path : expand(template)) {
                        Response answer = given().queryParam("size", 100).when().get(path);
                        assertTrue(answer.statusCode() < 500, path + " answered " + answer.statusCode());
                        bodies.put(path, answer.asString());
                    }
                }
            });
        }

        List<String> leaks = new ArrayList<>();
        bodies.forEach((path, body) -> {
            for (Pattern pattern : List.of(EMAIL, PHONE)) {
                Matcher found = pattern.matcher(body);
                while (found.find()) {
                    if (!PUBLISHED_GROUP_ADDRESSES.contains(found.group())) {
                        leaks.add(path + ": " + found.group());
                    }
                }
            }
        });
        assertTrue(bodies.size() > 100, "the sweep read only " + bodies.size() + " answers");
        assertTrue(bodies.keySet().stream().anyMatch(path -> path.matches("/api/statements/\\d+/drafting-group/\\d+")),
                "the sweep reached no drafting-group member");
        assertEquals(List.of(), leaks);
    }

    /** The concrete paths of a template, its last parameter filled from the list above it. */
    private static List<String> expand(String template) {
        int open = template.lastIndexOf('{');
        if (open < 0) {
            return List.of(template);
        }
        int close = template.indexOf('}', open);
        String parameter = template.substring(open + 1, close);
        String suffix = template.substring(close + 1);
        List<String> paths = new ArrayList<>();
        for (String parent : expand(template.substring(0, open - 1))) {
            JsonPath list = given().queryParam("size", 100).when().get(parent).then().extract().jsonPath();
            List<Object> items = list.getList("items");
            if (items == null) {
                continue;
            }
            items.stream().limit(IDS_PER_LIST).map(item -> valueOf((Map<?, ?>) item, parameter)).filter(Objects::nonNull)
                    .forEach(value -> paths.add(parent + "/" + value + suffix));
        }
        return paths;
    }

    private static Object valueOf(Map<?, ?> item, String parameter) {
        return item.containsKey(parameter) ? item.get(parameter) : item.get("id");
    }
}
