package org.multistakeholder.platform.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.multistakeholder.platform.problems.Problems;

/**
 * A position in the feed: the transaction id ({@code xid8}) and event id of the last event read. Events are ordered by
 * (transaction, id) and served only once every transaction before them has ended, so a position never has an event
 * appear behind it later: ids are taken at insert but rows appear at commit, and a plain id order would skip the
 * event of a transaction that took its id first and committed last.
 *
 * <p>A cursor a snapshot hands out also carries the PostgreSQL snapshot the lists were read in
 * ({@code xmin:xmax:xip,...}): what that snapshot saw is in the lists, so the feed goes on with exactly the events it
 * did not see, and drops the snapshot once it is past its xmax.
 *
 * <p>Base64url of {@code txid.id} or {@code txid.id.snapshot}: opaque to clients, checked on the way in.
 */
public record FeedCursor(long txid, long id, String snapshot) {

    /** Ahead of every event: a read without a cursor starts here. */
    public static final FeedCursor START = new FeedCursor(0, 0, null);
    public static final int MAX_LENGTH = 2048;
    public static final String EXAMPLE = "NzkxLjQy";

    private static final Pattern SNAPSHOT = Pattern.compile("\\d{1,19}:\\d{1,19}:(\\d{1,19}(,\\d{1,19})*)?");

    public String encode() {
        String text = txid + "." + id + (snapshot == null ? "" : "." + snapshot);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor in {@code text} (START when there is none), or a 400 naming {@code parameter}. */
    public static FeedCursor decode(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        if (text.length() > MAX_LENGTH) {
            throw Problems.invalidField(parameter, "'" + parameter + "' is not a cursor this feed handed out");
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.US_ASCII).split("\\.", -1);
            if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !SNAPSHOT.matcher(parts[2]).matches())) {
                throw new IllegalArgumentException();
            }
            long txid = Long.parseLong(parts[0]);
            long id = Long.parseLong(parts[1]);
            if (txid < 0 || id < 0) {
                throw new IllegalArgumentException();
            }
            return new FeedCursor(txid, id, parts.length == 3 ? parts[2] : null);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField(parameter, "'" + parameter + "' is not a cursor this feed handed out");
        }
    }

    boolean isBefore(long otherTxid, long otherId) {
        return txid < otherTxid || (txid == otherTxid && id < otherId);
    }
}
