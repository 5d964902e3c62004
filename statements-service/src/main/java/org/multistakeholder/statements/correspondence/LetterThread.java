package org.multistakeholder.statements.correspondence;

import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * A letter's thread: the letters of the reply chain it belongs to. From the letter, up its {@code inReplyTo} links
 * to the first letter (the one that replies to none), then down from that one to every letter that answers a letter
 * of the thread, however the replies branch. Reply chains never loop: a letter may not reply to one of its own
 * replies ({@code CorrespondenceService} refuses it), and the query stops at a letter it has already reached.
 */
final class LetterThread {

    private static final String IDS = """
            with recursive up(id, in_reply_to_id) as (
                select id, in_reply_to_id from letter where id = :id
                union
                select l.id, l.in_reply_to_id from letter l join up on l.id = up.in_reply_to_id
            ), down(id) as (
                select id from up where in_reply_to_id is null
                union
                select l.id from letter l join down on l.in_reply_to_id = down.id
            )
            select id from down""";

    private LetterThread() {
    }

    /** The ids of the letters in the thread of letter {@code letterId}, itself included. */
    static List<Long> of(EntityManager entityManager, long letterId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery(IDS).setParameter("id", letterId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
