package org.multistakeholder.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/** Compares an OpenAPI document with the one of the last release and tells whether it breaks clients. */
final class BreakingChangeCheck {

  static final Path ROOT = Path.of(System.getProperty("platform.root", ".."));
  static final Path RELEASES = ROOT.resolve("contract/releases");

  record Result(ChangedOpenApi diff, String releasedVersion, String currentVersion) {
    boolean breaking() {
      return diff.isIncompatible();
    }

    boolean majorBumped() {
      return major(currentVersion) > major(releasedVersion);
    }

    boolean acceptable() {
      return !breaking() || majorBumped();
    }

    String report() {
      return new MarkdownRender().render(diff);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static Result compare(String released, String current) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
    return new Result(diff, version(released), version(current));
  }

  /** The latest release directory, by semantic version. */
  static Path lastRelease() throws IOException {
    try (var dirs = Files.list(RELEASES)) {
      List<Path> all = new ArrayList<>(dirs.filter(Files::isDirectory).toList());
      all.sort((a, b) -> compareVersions(a.getFileName().toString(), b.getFileName().toString()));
      if (all.isEmpty()) throw new IllegalStateException("no release in " + RELEASES);
      return all.get(all.size() - 1);
    }
  }

  static String version(String document) {
    try {
      return ((ObjectNode) JSON.readTree(document)).path("info").path("version").asText();
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static int major(String version) {
    return Integer.parseInt(version.split("\\.")[0]);
  }

  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
      if (c != 0) return c;
    }
    return 0;
  }

  private BreakingChangeCheck() {}
}
