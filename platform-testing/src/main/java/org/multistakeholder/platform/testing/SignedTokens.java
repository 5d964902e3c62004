package org.multistakeholder.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * Gives a service under test a fresh RSA key pair, so tests sign real tokens and no key is ever kept in git.
 * Use with {@code @QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)}.
 * The pair is made once per test JVM, so another process a test starts (a peer service) can be given
 * {@link #publicKeyLocation()} and accept the same tokens.
 */
public class SignedTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://platform.test/issuer";

    private static Path directory;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", publicKeyLocation(),
                "mp.jwt.verify.issuer", ISSUER,
                "smallrye.jwt.sign.key.location", keys().resolve("private.pem").toUri().toString());
    }

    @Override
    public void stop() {
        // The pair lives as long as the test JVM: later test classes and peer processes still use it.
    }

    /** Where the public key is, as a URL that both Quarkus and a peer service's JWT_PUBLIC_KEY_LOCATION accept. */
    public static String publicKeyLocation() {
        return keys().resolve("public.pem").toUri().toString();
    }

    /** A token of an editor: {@code admin} in its groups. */
    public static String admin() {
        return token("editor@platform.test", Set.of("admin"));
    }

    /** A validly signed token that carries no group the platform grants anything to. */
    public static String withoutRoles() {
        return token("reader@platform.test", Set.of());
    }

    public static String token(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(groups)
                .expiresIn(Duration.ofMinutes(10)).sign(keys().resolve("private.pem").toString());
    }

    private static synchronized Path keys() {
        if (directory == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path created = Files.createTempDirectory("signed-tokens");
                created.toFile().deleteOnExit();
                write(created.resolve("public.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
                write(created.resolve("private.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
                directory = created;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return directory;
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
        file.toFile().deleteOnExit();
    }
}
