package org.multistakeholder.platform.feed;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.problems.Problems;

/** What a feed read asks for: from where, how many, which types, about what, and whether editors-only events are shown. */
public record FeedQuery(FeedCursor after, int limit, Set<String> types, String subject, boolean editor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /**
     * The query parameters as received; {@code known} is the service's event types, which a {@code type} filter must
     * name (comma-separated).
     */
    public static FeedQuery of(String after, String limit, String type, Collection<? extends EventType> known,
            String subjectName, String subject, boolean editor) {
        Integer size = QueryParameters.whole("limit", limit, 1, MAX_LIMIT);
        Set<String> names = new TreeSet<>();
        known.forEach(t -> names.add(t.type()));
        Set<String> types = new LinkedHashSet<>();
        String text = QueryParameters.text("type", type);
        if (text != null) {
            for (String part : text.split(",")) {
                if (!names.contains(part.trim())) {
                    throw Problems.invalidField("type", "'type' must name event types of this feed, comma-separated: one of "
                            + String.join(", ", names) + "; not '" + part.trim() + "'");
                }
                types.add(part.trim());
            }
        }
        return new FeedQuery(FeedCursor.decode("after", after), size == null ? DEFAULT_LIMIT : size, types,
                QueryParameters.text(subjectName, subject), editor);
    }
}
