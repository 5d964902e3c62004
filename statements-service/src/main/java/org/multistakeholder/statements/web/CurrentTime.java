package org.multistakeholder.statements.web;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.multistakeholder.platform.time.Timestamps;

/**
 * The instant the service takes as "now", at the precision it is stored with ({@link Timestamps}); a bean so that tests
 * can stand at a period's very edge.
 */
@ApplicationScoped
public class CurrentTime {

    public Instant now() {
        return Timestamps.now();
    }
}
