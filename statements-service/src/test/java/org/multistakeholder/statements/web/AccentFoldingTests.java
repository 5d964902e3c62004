package org.multistakeholder.statements.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The words searched for are folded in Java, the text searched in the database: both must use one table. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class AccentFoldingTests {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void shouldFoldAccentsInJavaExactlyAsTheDatabaseFunctionDoes() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
                PreparedStatement query = connection.prepareStatement("select fold_accents(?)")) {
            query.setString(1, TextSearch.ACCENTED + " Associação São Paulo");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                assertEquals(TextSearch.fold(TextSearch.ACCENTED + " Associação São Paulo"), result.getString(1));
                assertEquals(TextSearch.FOLDED + " Associacao Sao Paulo", result.getString(1));
            }
        }
    }
}
