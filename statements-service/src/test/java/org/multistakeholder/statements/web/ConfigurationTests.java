package org.multistakeholder.statements.web;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SharedConfiguration;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service runs with the configuration the three share, from platform-commons, beside its own. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class ConfigurationTests {

    @Test
    void shouldReadTheSharedConfiguration() {
        SharedConfiguration.assertApplied();
    }
}
