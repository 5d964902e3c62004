package org.multistakeholder.platform.feed;

/**
 * A kind of change a service announces; each service lists its own in an enum. The name is what the feed carries and
 * a filter names, {@code <resource>.<what happened>} in lower case ({@code statement.created}).
 */
public interface EventType {

    String type();
}
