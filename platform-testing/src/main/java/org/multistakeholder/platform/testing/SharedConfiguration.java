package org.multistakeholder.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;

/**
 * What the three services configure the same way lives once, in platform-commons'
 * {@code META-INF/microprofile-config.properties}. A service's tests call {@link #assertApplied()} to see that the
 * running service reads it: a key read at build time, keys of every profile and of the test profile read at run time,
 * and a key the prod profile sets otherwise.
 */
public final class SharedConfiguration {

    private static final String FILE = "META-INF/microprofile-config.properties";

    private SharedConfiguration() {
    }

    public static void assertApplied() {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        // Read at build time, and recorded then: its default is false, and only the shared file sets it.
        assertEquals("true", config.getConfigValue("quarkus.jackson.fail-on-unknown-properties").getValue());
        // Read at run time, from the file itself: keys of every profile, and one of the test profile.
        assertFromSharedFile(config, "quarkus.http.proxy.proxy-address-forwarding", "true");
        assertFromSharedFile(config, "quarkus.http.limits.max-body-size", "1M");
        assertFromSharedFile(config, "quarkus.flyway.clean-at-start", "true");
        // Not the %prod key, whose JSON logs the packaged services write.
        assertFromSharedFile(config, "quarkus.log.console.json.enabled", "false");
    }

    private static void assertFromSharedFile(SmallRyeConfig config, String key, String expected) {
        ConfigValue value = config.getConfigValue(key);
        assertEquals(expected, value.getValue(), key);
        assertTrue(value.getSourceName() != null && value.getSourceName().contains(FILE),
                key + " comes from " + value.getSourceName() + ", not platform-commons' " + FILE);
    }
}
