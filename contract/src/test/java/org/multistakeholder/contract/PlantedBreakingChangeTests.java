package org.multistakeholder.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The check itself: each kind of breaking change, planted in a copy of the released document, is caught. */
class PlantedBreakingChangeTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theReleasedDocumentAgainstItselfIsAcceptable() throws Exception {
    String released = released();
    assertTrue(BreakingChangeCheck.compare(released, released).acceptable());
  }

  /**
   * openapi-diff counts a removed response field as breaking when the release declared it required (a client may
   * rely on it); the view schemas do not list their required fields yet, so the release here is given one.
   */
  @Test
  void aRemovedRequiredResponseFieldBreaks() throws Exception {
    ObjectNode release = (ObjectNode) JSON.readTree(released());
    ObjectNode view = schema(release, "StatementView");
    String field = view.withObject("/properties").fieldNames().next();
    view.withArray("required").add(field);
    ObjectNode changed = release.deepCopy();
    schema(changed, "StatementView").withObject("/properties").remove(field);
    schema(changed, "StatementView").remove("required");
    var result = BreakingChangeCheck.compare(JSON.writeValueAsString(release), JSON.writeValueAsString(changed));
    assertTrue(result.breaking(), () -> "not seen as breaking:\n" + result.report());
    assertFalse(result.acceptable(), "accepted under version " + result.currentVersion());
  }

  @Test
  void aRemovedOperationBreaks() throws Exception {
    assertBreaks(doc -> ((ObjectNode) doc.get("paths").get("/api/statements/{id}")).remove("get"));
  }

  @Test
  void aNewRequiredRequestFieldBreaks() throws Exception {
    assertBreaks(doc -> {
      ObjectNode content = schema(doc, "StatementContent");
      content.withObject("/properties").putObject("newlyRequired").put("type", "string");
      content.withArray("required").add("newlyRequired");
    });
  }

  @Test
  void aBreakingChangeIsAcceptableUnderANewMajorVersion() throws Exception {
    String released = released();
    ObjectNode changed = (ObjectNode) JSON.readTree(released);
    ((ObjectNode) changed.get("paths").get("/api/statements/{id}")).remove("get");
    changed.withObject("/info").put("version", "2.0.0");
    var result = BreakingChangeCheck.compare(released, JSON.writeValueAsString(changed));
    assertTrue(result.breaking(), "the removal is breaking");
    assertTrue(result.acceptable(), "but version 2.0.0 says so");
  }

  private static void assertBreaks(Consumer<ObjectNode> plant) throws Exception {
    String released = released();
    ObjectNode changed = (ObjectNode) JSON.readTree(released);
    plant.accept(changed);
    var result = BreakingChangeCheck.compare(released, JSON.writeValueAsString(changed));
    assertTrue(result.breaking(), () -> "not seen as breaking:\n" + result.report());
    assertFalse(result.acceptable(), "accepted under version " + result.currentVersion());
  }

  private static ObjectNode schema(ObjectNode doc, String name) {
    return doc.withObject("/components").withObject("/schemas").withObject("/" + name);
  }

  private static String released() throws Exception {
    return Files.readString(BreakingChangeCheck.lastRelease().resolve("statements.json"));
  }
}
