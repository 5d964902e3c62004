/**
 * The change feed every service keeps: a transactional outbox ({@link org.multistakeholder.platform.feed.Outbox}) in the
 * service's own database, read in commit order from an opaque cursor ({@link org.multistakeholder.platform.feed.EventFeed},
 * {@link org.multistakeholder.platform.feed.FeedCursor}), purged after the retention
 * ({@link org.multistakeholder.platform.feed.FeedRetention}), and a snapshot of the lists with the cursor they correspond to
 * ({@link org.multistakeholder.platform.feed.FeedSnapshots}). Each service names its own event types.
 */
package org.multistakeholder.platform.feed;
