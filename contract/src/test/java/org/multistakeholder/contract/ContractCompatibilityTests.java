package org.multistakeholder.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each committed document against the one of the last release: a breaking change needs a new major version. */
class ContractCompatibilityTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "statements, statements-service/src/main/openapi/statements.json",
    "signatories, signatories-service/src/main/openapi/signatories.json",
    "recommendations, recommendations-service/src/main/openapi/recommendations.json"
  })
  void committedDocumentDoesNotBreakTheLastRelease(String service, String committed) throws Exception {
    Path released = BreakingChangeCheck.lastRelease().resolve(service + ".json");
    assertTrue(Files.exists(released), "the last release has no document for " + service + ": " + released);
    var result = BreakingChangeCheck.compare(
        Files.readString(released), Files.readString(BreakingChangeCheck.ROOT.resolve(committed)));
    assertTrue(result.acceptable(), () -> service + " breaks release " + result.releasedVersion()
        + " without a new major version (info.version is " + result.currentVersion() + "):\n" + result.report());
    assertFalse(result.diff().getNewEndpoints() == null, "the comparison ran");
  }
}
