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
 */
public class SignedTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://platform.test/issuer";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            directory = Files.createTempDirectory("signed-tokens");
            Path publicKey = write("public.pem", "PUBLIC KEY", pair.getPublic().getEncoded());
            Path privateKey = write("private.pem", "PRIVATE KEY", pair.getPrivate().getEncoded());
            return Map.of(
                    "mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER,
                    "smallrye.jwt.sign.key.location", privateKey.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (directory != null) {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(directory);
            } catch (IOException ignored) {
                // A temporary directory left behind harms nothing.
            }
        }
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
                .expiresIn(Duration.ofMinutes(10)).sign();
    }

    private Path write(String name, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return Files.writeString(directory.resolve(name), "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }
}
