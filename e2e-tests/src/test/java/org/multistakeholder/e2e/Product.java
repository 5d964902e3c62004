package org.multistakeholder.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole product as a user runs it: the packaged services, PostgreSQL and the nginx gateway, started by
 * {@code deploy/local/up} and stopped by {@code deploy/local/down}. It runs on its own ports, databases
 * ({@code *_e2e}) and run folder, so it does not disturb a product started by hand on 8080.
 */
public final class Product {

    public static final List<String> SERVICES = List.of("statements", "signatories", "recommendations");

    /** How long the gateway answers anonymous GETs from its cache: the product's default, set here explicitly. */
    public static final Duration ANONYMOUS_CACHE = Duration.ofSeconds(1);

    private static Product instance;

    private final Path root;
    private final Map<String, String> environment = new HashMap<>();
    private final int gatewayPort;
    private String adminToken;
    private String readerToken;

    private Product(Path root, int portBase) {
        this.root = root;
        this.gatewayPort = portBase;
        Path runDir = root.resolve("e2e-tests/target/run");
        environment.put("RUN_DIR", runDir.toString());
        environment.put("GATEWAY_PORT", Integer.toString(portBase));
        // Derived settings too, so none is inherited from a shell that sourced deploy/local for the default run.
        environment.put("JWT_PUBLIC_KEY_LOCATION", runDir.resolve("jwt/public.pem").toUri().toString());
        environment.put("STATEMENTS_URL", "http://127.0.0.1:" + (portBase + 1));
        environment.put("PUBLIC_URL", "http://localhost:" + portBase);
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i).toUpperCase();
            environment.put(service + "_PORT", Integer.toString(portBase + 1 + i));
            // Another suffix keeps a second run beside this one (with e2e.port.base) off its databases.
            environment.put(service + "_DB", SERVICES.get(i) + System.getProperty("e2e.database.suffix", "_e2e"));
        }
        environment.put("ANONYMOUS_CACHE_SECONDS", Long.toString(ANONYMOUS_CACHE.toSeconds()));
        // The sweeps write with one editor's token, or one organization's key, as fast as the machine answers: far
        // more than the product's per-credential limits allow a minute. AbuseLimitsIT sets the limits it tests.
        environment.put("TOKEN_WRITES_PER_MINUTE", "100000000");
        environment.put("API_KEY_WRITES_PER_MINUTE", "100000000");
        environment.put("SKIP_BUILD", "1");
        environment.put("LOAD_DEMO_DATA", "1");
    }

    /** The running product, started on first use and stopped when the test JVM exits. */
    public static synchronized Product get() {
        if (instance == null) {
            Path root = Path.of(System.getProperty("e2e.repository.root", "..")).toAbsolutePath().normalize();
            int portBase = Integer.parseInt(System.getProperty("e2e.port.base",
                    System.getenv().getOrDefault("E2E_PORT_BASE", "18080")));
            Product product = new Product(root, portBase);
            product.run("deploy/local/down");
            product.run("deploy/local/up");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> product.run("deploy/local/down")));
            instance = product;
        }
        return instance;
    }

    /** The gateway's base URL, as a client would use it. */
    public String gateway() {
        return "http://localhost:" + gatewayPort;
    }

    /** The gateway's port, for requests written by hand ({@link RawHttp}). */
    public int gatewayPort() {
        return gatewayPort;
    }

    /** The settings of this run that are set here (a test may change some, see {@link #reconfigure}). */
    public synchronized Map<String, String> settings() {
        return Map.copyOf(environment);
    }

    /**
     * Changes settings of the running product as an operator would: sets them and runs {@code deploy/local/up}
     * again, which renders the gateway's configuration anew and reloads it. A null value goes back to the
     * product's default. The gateway's workers change over within moments of this; callers wait for what they
     * changed to show.
     */
    public synchronized void reconfigure(Map<String, String> settings) {
        settings.forEach((name, value) -> {
            if (value == null) {
                environment.remove(name);
            } else {
                environment.put(name, value);
            }
        });
        // The demo data is there already; loaded again, it would rewrite its rows.
        String demoData = environment.put("LOAD_DEMO_DATA", "0");
        try {
            run("deploy/local/up");
        } finally {
            environment.put("LOAD_DEMO_DATA", demoData);
        }
    }

    /** A service's own address, bypassing the gateway (for what the gateway would otherwise hold back). */
    public String serviceUrl(String service) {
        return "http://localhost:" + environment.get(service.toUpperCase() + "_PORT");
    }

    /** A bearer token from {@code deploy/local/admin-token}, the same command a user runs. */
    public synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = run("deploy/local/admin-token").trim();
        }
        return adminToken;
    }

    /**
     * Runs an assertion on what anonymous readers see until it holds, for at most the gateway cache's validity plus
     * two seconds for a refresh: a change reaches anonymous readers within that time, and this fails if it does not.
     */
    public static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + ANONYMOUS_CACHE.plusSeconds(2).toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    /**
     * A validly signed token that carries no group the platform grants anything to: signed with this run's key
     * for the issuer its editors' tokens name, so only the missing {@code admin} group sets it apart.
     */
    public synchronized String readerToken() {
        if (readerToken == null) {
            Map<String, Object> claims = new HashMap<>(Tokens.claimsOf(adminToken()));
            claims.put("sub", "local-reader");
            claims.put("upn", "local-reader");
            claims.put("groups", List.of());
            readerToken = sign(claims);
        }
        return readerToken;
    }

    /** A token with these claims, signed with this run's key: verifiable, whatever its claims say. */
    public String sign(Map<String, Object> claims) {
        return Tokens.sign(Tokens.privateKey(Path.of(environment.get("RUN_DIR"), "jwt", "private.pem")), claims);
    }

    /** The name of the database a service of this run keeps its data in. */
    public String database(String service) {
        return environment.get(service.toUpperCase() + "_DB");
    }

    /** A service's log as deploy/local/up writes it: one JSON object a line (the prod profile). */
    public Path log(String service) {
        return Path.of(environment.get("RUN_DIR"), "logs", service + ".log");
    }

    /** A connection to that database, with the settings deploy/local gives the services. */
    public Connection connect(String service) throws SQLException {
        Map<String, String> settings = System.getenv();
        return DriverManager.getConnection("jdbc:postgresql://" + settings.getOrDefault("DB_HOST", "127.0.0.1") + ":"
                + settings.getOrDefault("DB_PORT", "5432") + "/" + database(service),
                settings.getOrDefault("DB_USER", "postgres"), settings.getOrDefault("DB_PASSWORD", ""));
    }

    /** Stops one service as a crash would, leaving the gateway and the others running. */
    public void stop(String service) {
        Path pidFile = Path.of(environment.get("RUN_DIR"), service + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(process -> {
                process.destroy();
                process.onExit().orTimeout(20, TimeUnit.SECONDS).join();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts again whatever is not running ({@code deploy/local/up} leaves the rest alone) and waits until ready. */
    public void start() {
        run("deploy/local/up");
    }

    private String run(String command, String... arguments) {
        List<String> line = new ArrayList<>();
        line.add(root.resolve(command).toString());
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).directory(root.toFile()).redirectErrorStream(false);
        builder.environment().putAll(environment);
        Path log = Path.of(environment.get("RUN_DIR")).getParent().resolve("e2e-commands.log");
        try {
            Files.createDirectories(log.getParent());
            builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (exit " + process.exitValue() + "):\n" + output
                        + "\nsee " + log);
            }
            Files.writeString(log, "$ " + command + "\n" + output, java.nio.file.StandardOpenOption.APPEND);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
