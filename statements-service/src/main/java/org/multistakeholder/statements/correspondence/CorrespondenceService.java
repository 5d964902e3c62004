package org.multistakeholder.statements.correspondence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.feed.EventData;
import org.multistakeholder.platform.feed.Outbox;
import org.multistakeholder.platform.feed.Visibility;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.paging.SortableFields;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.statements.feed.StatementsEvent;
import org.multistakeholder.statements.web.CurrentTime;
import org.multistakeholder.statements.web.PageOfIds;
import org.multistakeholder.statements.web.TextSearch;
import org.multistakeholder.statements.web.Versioned;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CorrespondenceService {

    // Sorting is applied in SQL, so the attributes here are column expressions of the list query.
    static final SortableFields<Long> SORTABLE = SortableFields.of("-sentOn", "l.id",
            "id", "l.id", "sentOn", "l.sent_on", "subject", "l.subject", "sender", "l.sender_name", "recipient", "l.recipient_name");

    static final SortableFields<Letter> THREAD_SORT = SortableFields.of("sentOn", "id", "sentOn", "sentOn");

    private final EntityManager entityManager;
    private final CurrentTime time;
    private final Outbox outbox;

    CorrespondenceService(EntityManager entityManager, CurrentTime time, Outbox outbox) {
        this.entityManager = entityManager;
        this.time = time;
        this.outbox = outbox;
    }

    public Page<LetterSummary> list(LetterFilter filter, PageRequest request) {
        Ordering<Long> order = SORTABLE.order(request);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return PageOfIds.read(entityManager, order, "l.id", "letter l" + where, parameters,
                ids -> Letter.<Letter>list("id in ?1", ids).stream().collect(Collectors.toMap(l -> l.id, Function.identity())),
                LetterSummary::of);
    }

    private static String where(LetterFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.sentFrom() != null) {
            conditions.add("l.sent_on >= :sentFrom");
            parameters.put("sentFrom", filter.sentFrom());
        }
        if (filter.sentTo() != null) {
            conditions.add("l.sent_on <= :sentTo");
            parameters.put("sentTo", filter.sentTo());
        }
        if (filter.party() != null) {
            conditions.add("""
                    (lower(fold_accents(l.sender_name)) like :party escape '\\'
                     or lower(fold_accents(l.sender_organization)) like :party escape '\\'
                     or lower(fold_accents(l.recipient_name)) like :party escape '\\'
                     or lower(fold_accents(l.recipient_organization)) like :party escape '\\')""");
            parameters.put("party", "%" + TextSearch.likeContaining(filter.party()) + "%");
        }
        List<String> terms = TextSearch.prefixTerms(filter.q());
        for (int i = 0; i < terms.size(); i++) {
            // Each word anywhere in the subject, the text, or the action items and their headings.
            String term = "to_tsquery('simple', :q" + i + ")";
            // A union of index-backed lookups, one per part, rather than an OR the planner could only scan for.
            conditions.add("l.id in (select t.id from letter t where t.search @@ " + term
                    + " union select g.letter_id from action_item_group g where g.search @@ " + term
                    + " union select g.letter_id from action_item i join action_item_group g on g.id = i.group_id where i.search @@ "
                    + term + ")");
            parameters.put("q" + i, terms.get(i));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Versioned<LetterView> get(long id) {
        Letter letter = require(id);
        return new Versioned<>(view(letter), letter.version);
    }

    /** One page of the letter's thread ({@link LetterThread}), in the order the letters were sent. */
    public Page<LetterView> thread(long id, PageRequest request) {
        require(id);
        Ordering<Letter> order = THREAD_SORT.order(request);
        Sort sort = order.sort();
        List<Long> all = LetterThread.of(entityManager, id);
        List<Letter> letters = Letter.<Letter>list("id in ?1", sort, all);
        List<Letter> page = order.read(letters);
        Map<Long, List<ActionItemGroup>> groups = groupsOf(page.stream().map(l -> l.id).toList());
        Map<Long, List<Long>> replies = repliesTo(page.stream().map(l -> l.id).toList());
        return order.page(page, letters.size(),
                l -> LetterView.of(l, groups.getOrDefault(l.id, List.of()), replies.getOrDefault(l.id, List.of())));
    }

    @Transactional
    public Versioned<LetterView> create(LetterContent content) {
        requireRepliedTo(content.inReplyToId(), null);
        Letter letter = new Letter();
        letter.createdAt = time.now();
        apply(content, letter);
        letter.persist();
        writeGroups(letter, content);
        entityManager.flush();
        announce(StatementsEvent.LETTER_RECORDED, letter);
        return new Versioned<>(view(letter), letter.version);
    }

    @Transactional
    public Versioned<LetterView> replace(long id, String ifMatch, LetterContent content) {
        Letter letter = require(id);
        EntityTags.requireMatch(ifMatch, letter.version);
        requireRepliedTo(content.inReplyToId(), id);
        apply(content, letter);
        // The letter row is written first, so that of two concurrent editors the second fails its version check (412)
        // rather than colliding with the first one's action items.
        entityManager.flush();
        ActionItem.delete("group.id in (select g.id from ActionItemGroup g where g.letterId = ?1)", id);
        ActionItemGroup.delete("letterId", id);
        writeGroups(letter, content);
        entityManager.flush();
        announce(StatementsEvent.LETTER_UPDATED, letter);
        return new Versioned<>(view(letter), letter.version);
    }

    private void announce(StatementsEvent type, Letter letter) {
        outbox.record(type, Visibility.PUBLIC, "/api/correspondence/" + letter.id, null,
                EventData.of("letterId", letter.id, "sentOn", letter.sentOn, "inReplyToId", letter.inReplyToId));
    }

    private LetterView view(Letter letter) {
        return LetterView.of(letter, groupsOf(List.of(letter.id)).getOrDefault(letter.id, List.of()),
                repliesTo(List.of(letter.id)).getOrDefault(letter.id, List.of()));
    }

    /** The action-item groups of several letters with their items, in one query. */
    private static Map<Long, List<ActionItemGroup>> groupsOf(Collection<Long> letterIds) {
        if (letterIds.isEmpty()) {
            return Map.of();
        }
        List<ActionItemGroup> groups = ActionItemGroup.<ActionItemGroup>find(
                "select distinct g from ActionItemGroup g left join fetch g.items where g.letterId in ?1", letterIds).list();
        groups.forEach(g -> g.items.sort(Comparator.comparingInt(item -> item.position)));
        return groups.stream().sorted(Comparator.comparingInt(g -> g.position))
                .collect(Collectors.groupingBy(g -> g.letterId, Collectors.toList()));
    }

    private static Map<Long, List<Long>> repliesTo(Collection<Long> letterIds) {
        if (letterIds.isEmpty()) {
            return Map.of();
        }
        return Letter.<Letter>list("inReplyToId in ?1", Sort.by("sentOn").and("id"), letterIds).stream()
                .collect(Collectors.groupingBy(l -> l.inReplyToId, Collectors.mapping(l -> l.id, Collectors.toList())));
    }

    private void writeGroups(Letter letter, LetterContent content) {
        List<ActionItemGroupText> groups = content.groupsOrNone();
        for (int i = 0; i < groups.size(); i++) {
            ActionItemGroupText text = groups.get(i);
            ActionItemGroup group = new ActionItemGroup();
            group.letterId = letter.id;
            group.position = i + 1;
            group.heading = text.heading().trim();
            group.introText = text.introText();
            for (int j = 0; j < text.items().size(); j++) {
                ActionItem item = new ActionItem();
                item.group = group;
                item.position = j + 1;
                item.text = text.items().get(j);
                group.items.add(item);
            }
            group.persist();
        }
    }

    private void apply(LetterContent content, Letter letter) {
        letter.sentOn = content.sentOn();
        letter.subject = content.subject().trim();
        letter.senderName = content.sender().name().trim();
        letter.senderTitle = content.sender().title();
        letter.senderOrganization = content.sender().organization();
        letter.recipientName = content.recipient().name().trim();
        letter.recipientTitle = content.recipient().title();
        letter.recipientOrganization = content.recipient().organization();
        letter.inReplyToId = content.inReplyToId();
        letter.salutation = content.salutation();
        letter.body = content.body();
        letter.closingText = content.closingText();
        letter.valediction = content.valediction();
        letter.updatedAt = time.now();
    }

    /** The letter answered must be held here, and a letter may not end up answering itself through its own replies. */
    private void requireRepliedTo(Long inReplyToId, Long self) {
        if (inReplyToId == null) {
            return;
        }
        if (Letter.findByIdOptional(inReplyToId).isEmpty()) {
            throw Problems.invalidField("inReplyToId", "Letter " + inReplyToId + " does not exist");
        }
        if (self == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> ancestors = entityManager.createNativeQuery("""
                with recursive up(id, in_reply_to_id) as (
                    select id, in_reply_to_id from letter where id = :start
                    union
                    select l.id, l.in_reply_to_id from letter l join up on l.id = up.in_reply_to_id
                )
                select id from up""").setParameter("start", inReplyToId).getResultList();
        if (ancestors.stream().anyMatch(a -> a.longValue() == self)) {
            throw Problems.invalidField("inReplyToId", "Letter " + self + " cannot reply to letter " + inReplyToId
                    + ": that letter is itself in reply, directly or not, to letter " + self);
        }
    }

    private static Letter require(long id) {
        return Letter.<Letter>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Letter", id));
    }
}
