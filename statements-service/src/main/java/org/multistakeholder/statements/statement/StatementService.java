package org.multistakeholder.statements.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.multistakeholder.statements.feed.CommentPeriodClock;
import org.multistakeholder.statements.feed.StatementsEvent;
import org.multistakeholder.statements.web.Callers;
import org.multistakeholder.statements.web.CurrentTime;
import org.multistakeholder.statements.web.PageOfIds;
import org.multistakeholder.statements.web.TextSearch;
import org.multistakeholder.statements.web.Versioned;

@ApplicationScoped
public class StatementService {

    // Sorting is applied in SQL, so the attributes here are column expressions of the list query.
    // Statements not issued yet have no date: they come after the others either way.
    static final SortableFields<Long> SORTABLE = SortableFields.<Long>of("-issuedOn", "s.id",
            "id", "s.id", "title", "s.title", "issuedOn", "s.issued_on", "kind", "s.kind", "status", "s.status",
            "issuingBody", "s.issuing_body", "createdAt", "s.created_at").nullsLast();

    static final SortableFields<StatementVersion> VERSION_SORT = SortableFields.of("number", "number", "number", "number");
    static final SortableFields<Clause> CLAUSE_SORT = SortableFields.of("number", "number", "number", "number");

    private final EntityManager entityManager;
    private final CurrentTime time;
    private final Callers callers;
    private final Outbox outbox;
    private final CommentPeriodClock clock;

    StatementService(EntityManager entityManager, CurrentTime time, Callers callers, Outbox outbox, CommentPeriodClock clock) {
        this.entityManager = entityManager;
        this.time = time;
        this.callers = callers;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Page<StatementSummary> list(StatementFilter filter, PageRequest request) {
        Ordering<Long> order = SORTABLE.order(request);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, !callers.isEditor(), parameters);
        return PageOfIds.read(entityManager, order, "s.id", "statement s" + where, parameters,
                ids -> Statement.<Statement>list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity())),
                StatementSummary::of);
    }

    private static String where(StatementFilter filter, boolean publicOnly, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (publicOnly) {
            // The page and its total alike: a draft that never was public is not counted either (see find).
            conditions.add("s.ever_public");
        }
        if (filter.kind() != null) {
            conditions.add("s.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            conditions.add("s.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.issuingBody() != null) {
            conditions.add("lower(fold_accents(s.issuing_body)) like :issuingBody escape '\\'");
            parameters.put("issuingBody", "%" + TextSearch.likeContaining(filter.issuingBody()) + "%");
        }
        if (filter.issuedFrom() != null) {
            conditions.add("s.issued_on >= :issuedFrom");
            parameters.put("issuedFrom", filter.issuedFrom());
        }
        if (filter.issuedTo() != null) {
            conditions.add("s.issued_on <= :issuedTo");
            parameters.put("issuedTo", filter.issuedTo());
        }
        List<String> terms = TextSearch.prefixTerms(filter.q());
        for (int i = 0; i < terms.size(); i++) {
            // Each word anywhere in the title or the current text (preamble, closing text, clauses).
            String term = "to_tsquery('simple', :q" + i + ")";
            // A union of index-backed lookups, one per part, rather than an OR the planner could only scan for.
            conditions.add("s.id in (select t.id from statement t where t.search @@ " + term
                    + " union select v.statement_id from statement_version v join statement t on t.id = v.statement_id"
                    + " and t.current_version = v.number where v.search @@ " + term
                    + " union select v.statement_id from clause c join statement_version v on v.id = c.statement_version_id"
                    + " join statement t on t.id = v.statement_id and t.current_version = v.number where c.search @@ " + term + ")");
            parameters.put("q" + i, terms.get(i));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * The statement as the caller may see it: every statement for an editor; for anyone else (anonymous callers,
     * organizations with their API key, tokens without the editors' group) only one that has ever been public
     * ({@link Statement#isPublic}). A draft that never was public is then answered like an id nobody uses, so its
     * clauses, versions, comments and drafting group, which are all reached through here, do not show it exists.
     */
    public Optional<Statement> find(long id) {
        return Statement.<Statement>findByIdOptional(id).filter(statement -> statement.isPublic() || callers.isEditor());
    }

    /** @throws io.quarkiverse.resteasy.problem.HttpProblem 404 when {@link #find} has no such statement for the caller */
    public Statement require(long id) {
        return find(id).orElseThrow(() -> Problems.notFound("Statement", id));
    }

    public Versioned<StatementView> view(long id) {
        return view(require(id));
    }

    private Versioned<StatementView> view(Statement statement) {
        return view(statement, text(statement.id, statement.currentVersion));
    }

    private Versioned<StatementView> view(Statement statement, StatementVersion text) {
        return new Versioned<>(StatementView.of(statement, text, time.now()), statement.version);
    }

    /** One version with its clauses, in one query. */
    StatementVersion text(long statementId, int number) {
        return StatementVersion.<StatementVersion>find(
                "select v from StatementVersion v left join fetch v.clauses where v.statementId = ?1 and v.number = ?2",
                statementId, number).singleResultOptional()
                .orElseThrow(() -> Problems.notFound("Version " + number + " of statement", statementId));
    }

    /** The clause numbers of a statement's current text, for checking what a comment refers to. */
    public Set<Integer> currentClauseNumbers(Statement statement) {
        return new HashSet<>(Clause.<Clause>find("statementVersion.statementId = ?1 and statementVersion.number = ?2",
                statement.id, statement.currentVersion).stream().map(clause -> clause.number).toList());
    }

    @Transactional
    public Versioned<StatementView> create(StatementContent content) {
        validate(content);
        Statement statement = new Statement();
        statement.status = StatementStatus.DRAFT;
        statement.createdAt = time.now();
        apply(content, statement);
        statement.currentVersion = 1;
        statement.persist();
        StatementVersion text = newVersion(statement, 1, content,
                content.changeNote() == null ? "First version" : content.changeNote());
        entityManager.flush();
        announce(StatementsEvent.STATEMENT_CREATED, statement);
        return view(statement, text);
    }

    @Transactional
    public Versioned<StatementView> replace(long id, String ifMatch, StatementContent content) {
        Statement statement = require(id);
        EntityTags.requireMatch(ifMatch, statement.version);
        validate(content);
        StatementVersion current = text(id, statement.currentVersion);
        boolean textChanged = !sameText(current, content);
        if (textChanged && !StatementLifecycle.allowsTextEdits(statement.status)) {
            throw Problems.conflict("The text of statement " + id + " cannot change while it is " + statement.status
                    + "; only a DRAFT or a statement OPEN_FOR_COMMENT may be edited");
        }
        apply(content, statement);
        if (textChanged) {
            statement.currentVersion = current.number + 1;
        }
        // The statement row is written first: of two editors who read the same version, the second fails its
        // version check here (412) before it could collide with the first one's new text version.
        entityManager.flush();
        StatementVersion shown = textChanged ? newVersion(statement, statement.currentVersion, content, content.changeNote()) : current;
        entityManager.flush();
        announce(StatementsEvent.STATEMENT_UPDATED, statement);
        if (textChanged) {
            outbox.record(StatementsEvent.STATEMENT_VERSION_ADDED, Visibility.PUBLIC,
                    "/api/statements/" + id + "/versions/" + shown.number, id,
                    EventData.of("statementId", id, "version", shown.number));
        }
        // A period moved so that it is open now is announced at once rather than at the clock's next tick.
        clock.announceDue(id);
        return view(statement, shown);
    }

    @Transactional
    public Versioned<StatementView> changeStatus(long id, String ifMatch, StatusChange change) {
        Statement statement = require(id);
        EntityTags.requireMatch(ifMatch, statement.version);
        if (change.status() == statement.status) {
            return view(statement);
        }
        if (!StatementLifecycle.allows(statement.status, change.status())) {
            throw Problems.problem(jakarta.ws.rs.core.Response.Status.CONFLICT,
                    "Statement " + id + " cannot move from " + statement.status + " to " + change.status())
                    .with("allowedTransitions", StatementLifecycle.allowedFrom(statement.status))
                    .build();
        }
        if (change.status() == StatementStatus.OPEN_FOR_COMMENT && statement.commentPeriod() == null) {
            throw Problems.conflict("Statement " + id + " has no comment period; set its commentPeriod before opening it for comment");
        }
        StatementStatus previous = statement.status;
        statement.moveTo(change.status());
        statement.updatedAt = time.now();
        entityManager.flush();
        outbox.record(StatementsEvent.STATEMENT_STATUS_CHANGED, Visibility.PUBLIC, "/api/statements/" + id, id,
                EventData.of("statementId", id, "status", statement.status, "previousStatus", previous));
        clock.announceDue(id);
        return view(statement);
    }

    private void announce(StatementsEvent type, Statement statement) {
        outbox.record(type, Visibility.PUBLIC, "/api/statements/" + statement.id, statement.id, EventData.of("statementId", statement.id,
                "kind", statement.kind, "status", statement.status, "currentVersion", statement.currentVersion));
    }

    public Page<VersionSummary> versions(long statementId, PageRequest request) {
        Statement statement = require(statementId);
        Ordering<StatementVersion> order = VERSION_SORT.order(request);
        var query = StatementVersion.<StatementVersion>find("statementId", order.sort(), statementId);
        return order.page(order.read(query), query.count(),
                v -> new VersionSummary(v.number, v.createdAt, v.changeNote, v.number == statement.currentVersion));
    }

    public VersionView version(long statementId, int number) {
        Statement statement = require(statementId);
        return VersionView.of(text(statementId, number), statement.currentVersion);
    }

    public Page<ClauseText> clauses(long statementId, PageRequest request) {
        Statement statement = require(statementId);
        Ordering<Clause> order = CLAUSE_SORT.order(request);
        var query = Clause.<Clause>find("statementVersion.statementId = ?1 and statementVersion.number = ?2",
                order.sort(), statementId, statement.currentVersion);
        return order.page(order.read(query), query.count(), ClauseText::of);
    }

    public ClauseText clause(long statementId, int number) {
        Statement statement = require(statementId);
        return Clause.<Clause>find("statementVersion.statementId = ?1 and statementVersion.number = ?2 and number = ?3",
                statementId, statement.currentVersion, number).firstResultOptional()
                .map(ClauseText::of)
                .orElseThrow(() -> Problems.notFound("Clause " + number + " of statement", statementId));
    }

    private void apply(StatementContent content, Statement statement) {
        statement.kind = content.kind();
        statement.title = content.title().trim();
        statement.issuingBody = content.issuingBody().trim();
        statement.issuedOn = content.issuedOn();
        EventFacts event = content.event();
        statement.eventPlace = event == null ? null : event.place();
        statement.eventStartsOn = event == null ? null : event.startsOn();
        statement.eventEndsOn = event == null ? null : event.endsOn();
        statement.eventSessionCount = event == null ? null : event.sessionCount();
        EventFacts.Participants participants = event == null ? null : event.participants();
        statement.eventParticipantCount = participants == null ? null : participants.count();
        statement.eventParticipantQualifier = participants == null ? null
                : participants.qualifier() == null ? CountQualifier.EXACTLY : participants.qualifier();
        CommentPeriodFacts period = content.commentPeriod();
        statement.commentOpensAt = period == null ? null : period.opensAt();
        statement.commentClosesAt = period == null ? null : period.closesAt();
        statement.commentInvitation = period == null ? null : period.invitation();
        statement.updatedAt = time.now();
    }

    private StatementVersion newVersion(Statement statement, int number, StatementContent content, String changeNote) {
        StatementVersion version = new StatementVersion();
        version.statementId = statement.id;
        version.number = number;
        version.preamble = content.preamble();
        version.closingText = content.closingText();
        version.changeNote = changeNote;
        version.createdAt = time.now();
        content.clausesOrNone().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).forEach(text -> {
            Clause clause = new Clause();
            clause.statementVersion = version;
            clause.number = text.number();
            clause.text = text.text();
            version.clauses.add(clause);
        });
        version.persist();
        return version;
    }

    private static boolean sameText(StatementVersion current, StatementContent content) {
        Map<Integer, String> now = current.clauses.stream().collect(Collectors.toMap(c -> c.number, c -> c.text));
        Map<Integer, String> proposed = content.clausesOrNone().stream().collect(Collectors.toMap(ClauseText::number, ClauseText::text));
        return Objects.equals(current.preamble, content.preamble()) && Objects.equals(current.closingText, content.closingText())
                && now.equals(proposed);
    }

    private static void validate(StatementContent content) {
        Set<Integer> numbers = new HashSet<>();
        List<ClauseText> clauses = content.clausesOrNone();
        for (int i = 0; i < clauses.size(); i++) {
            if (!numbers.add(clauses.get(i).number())) {
                throw Problems.invalidField("clauses[" + i + "].number", "Clause number " + clauses.get(i).number() + " appears more than once");
            }
        }
        EventFacts event = content.event();
        if (event != null) {
            if (event.startsOn() != null && event.endsOn() != null && event.endsOn().isBefore(event.startsOn())) {
                throw Problems.invalidField("event.endsOn", "The event cannot end (" + event.endsOn() + ") before it starts (" + event.startsOn() + ")");
            }
            if (event.participants() != null && event.participants().count() == null) {
                throw Problems.invalidField("event.participants.count", "A participant count needs its number");
            }
        }
        CommentPeriodFacts period = content.commentPeriod();
        if (period != null && !period.closesAt().isAfter(period.opensAt())) {
            throw Problems.invalidField("commentPeriod.closesAt", "A comment period must close after it opens");
        }
    }
}
