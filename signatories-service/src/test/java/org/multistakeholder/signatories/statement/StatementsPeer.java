package org.multistakeholder.signatories.statement;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.http.ContentType;

/**
 * The real statements-service, packaged, started as a separate process on a free port against a database of
 * its own ({@code statements_peer_test}), so endorsement tests talk to what ships rather than to a fake. It runs from
 * a copy of {@code statements-service/target/quarkus-app} taken at start.
 * Tests stop and start it to check what happens while it is down.
 */
public class StatementsPeer implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "statements_peer_test";
    private static final Path PACKAGED = Path.of("../statements-service/target/quarkus-app");
    // A copy, so that a rebuild of statements-service while these tests run cannot pull files from under the peer.
    private static final Path COPY = Path.of("target/statements-peer-app");
    private static final String HOST = env("DB_HOST", "127.0.0.1");
    private static final String PORT = env("DB_PORT", "5432");
    private static final String USER = env("DB_USER", "postgres");
    private static final String PASSWORD = env("DB_PASSWORD", "");

    private static int port;
    private static Process process;

    @Override
    public Map<String, String> start() {
        copyPackagedApplication();
        try (Connection admin = connect("postgres")) {
            admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            admin.createStatement().execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the peer's database " + DATABASE, e);
        }
        port = freePort();
        try {
            startPeer();
        } catch (IllegalStateException halfRebuilt) {
            // Copied while statements-service was being rebuilt: copy the finished build and try once more.
            stopPeer();
            sleep(Duration.ofSeconds(10));
            copyPackagedApplication();
            startPeer();
        }
        return Map.of("quarkus.rest-client.statements.url", url());
    }

    @Override
    public void stop() {
        stopPeer();
        try (Connection admin = connect("postgres")) {
            admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
        } catch (SQLException e) {
            // Left for the next run's start() to drop.
        }
    }

    public static String url() {
        return "http://127.0.0.1:" + port;
    }

    public static synchronized void startPeer() {
        if (process != null && process.isAlive()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx192m", "-jar", COPY.resolve("quarkus-run.jar").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/statements-peer.log"));
        builder.environment().putAll(Map.of(
                "STATEMENTS_PORT", Integer.toString(port),
                "STATEMENTS_DB", DATABASE,
                "DB_HOST", HOST, "DB_PORT", PORT, "DB_USER", USER, "DB_PASSWORD", PASSWORD,
                "JWT_ISSUER", SignedTokens.ISSUER,
                "JWT_PUBLIC_KEY_LOCATION", SignedTokens.publicKeyLocation()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start statements-service", e);
        }
        awaitReady();
    }

    public static synchronized void stopPeer() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Creates a statement through statements-service's API, as an editor; it starts as a DRAFT. */
    public static long createStatement(String title) {
        Number id = given().baseUri(url()).auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "COALITION", "title", title, "issuingBody", "Technical community coalition"))
                .when().post("/api/statements")
                .then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /**
     * Moves a statement to {@code status} through statements-service's lifecycle endpoint
     * ({@code PUT /api/statements/{id}/status}). A statements-service built before that endpoint existed answers
     * 404 or 405; then the status is set in its database directly, as test setup of the peer's data.
     */
    public static void setStatus(long statementId, String status) {
        // As an editor: a draft is shown to editors only.
        String etag = given().baseUri(url()).auth().oauth2(SignedTokens.admin()).when().get("/api/statements/{id}", statementId)
                .then().statusCode(200).extract().header("ETag");
        int answer = given().baseUri(url()).auth().oauth2(SignedTokens.admin()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/api/statements/{id}/status", statementId)
                .then().extract().statusCode();
        if (answer == 200) {
            return;
        }
        if (answer != 404 && answer != 405) {
            throw new IllegalStateException("statements-service refused to move statement " + statementId + " to " + status + ": " + answer);
        }
        try (Connection connection = connect(DATABASE);
                PreparedStatement update = connection.prepareStatement("update statement set status = ?, version = version + 1 where id = ?")) {
            update.setString(1, status);
            update.setLong(2, statementId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("statements-service has no statement " + statementId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long openStatement(String title) {
        long id = createStatement(title);
        setStatus(id, "OPEN_FOR_SIGNATURE");
        return id;
    }

    /** Copies the packaged application; a rebuild caught halfway is copied again a few seconds later. */
    private static void copyPackagedApplication() {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!Files.isRegularFile(PACKAGED.resolve("quarkus-run.jar"))) {
                    throw new IOException(PACKAGED.toAbsolutePath() + " has no quarkus-run.jar");
                }
                deleteRecursively(COPY);
                try (Stream<Path> files = Files.walk(PACKAGED)) {
                    for (Path source : (Iterable<Path>) files::iterator) {
                        Path target = COPY.resolve(PACKAGED.relativize(source).toString());
                        if (Files.isDirectory(source)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                return;
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("Cannot copy statements-service from " + PACKAGED.toAbsolutePath()
                            + ": build it first (./mvnw package -pl statements-service)", e);
                }
                sleep(Duration.ofSeconds(5));
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("statements-service exited with " + process.exitValue() + "; see target/statements-peer.log");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        stopPeer();
        throw new IllegalStateException("statements-service was not ready within 90 s; see target/statements-peer.log");
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, PASSWORD);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
