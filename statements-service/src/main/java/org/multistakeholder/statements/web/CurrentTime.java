package org.multistakeholder.statements.web;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** The instant the service takes as "now"; a bean so that tests can stand at a period's very edge. */
@ApplicationScoped
public class CurrentTime {

    public Instant now() {
        return Instant.now();
    }
}
