package org.multistakeholder.platform.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The feed's settings; see the README's configuration table. */
@ConfigMapping(prefix = "platform.feed")
public interface FeedSettings {

    /** The gateway's address as clients reach it: event urls and the 410's snapshot link start with it. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** How long an event is kept; a cursor older than that is a 410 that points to the snapshot. */
    @WithDefault("P30D")
    Duration retention();

    /** How often expired events are purged (FeedRetention's schedule, read there as "${platform.feed.purge-every}"). */
    @WithDefault("1h")
    String purgeEvery();

    /** The service's name in event ids ({@code statements-42}). */
    String source();
}
