package org.multistakeholder.statements.statement;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.api.Page;
import org.multistakeholder.platform.api.PageRequest;
import org.multistakeholder.platform.api.SortableFields;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@ApplicationScoped
public class StatementService {

    static final SortableFields SORTABLE = SortableFields.of("-issuedOn", "id",
            "id", "id", "title", "title", "issuedOn", "issuedOn", "kind", "kind", "status", "status");

    public Page<StatementSummary> list(PageRequest request) {
        PanacheQuery<Statement> query = Statement.findAll(SORTABLE.resolve(request.sort()))
                .page(request.toPanachePage());
        return new Page<>(query.list().stream().map(StatementSummary::of).toList(),
                request.page(), request.size(), query.count());
    }

    public Optional<Statement> find(long id) {
        return Statement.findByIdOptional(id);
    }

    @Transactional
    public StatementSummary create(NewStatement request) {
        Statement statement = new Statement();
        statement.kind = request.kind();
        statement.status = StatementStatus.DRAFT;
        statement.title = request.title();
        statement.issuingBody = request.issuingBody();
        statement.issuedOn = request.issuedOn();
        statement.createdAt = Instant.now();
        statement.updatedAt = statement.createdAt;
        statement.persist();
        return StatementSummary.of(statement);
    }
}
