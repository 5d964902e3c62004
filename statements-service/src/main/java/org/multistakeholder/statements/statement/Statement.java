package org.multistakeholder.statements.statement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Statement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    @Enumerated(EnumType.STRING)
    public StatementStatus status;

    public String title;

    public String issuingBody;

    public LocalDate issuedOn;

    public String eventPlace;

    public LocalDate eventStartsOn;

    public LocalDate eventEndsOn;

    public Integer eventSessionCount;

    public Integer eventParticipantCount;

    @Enumerated(EnumType.STRING)
    public CountQualifier eventParticipantQualifier;

    public Instant commentOpensAt;

    public Instant commentClosesAt;

    public String commentInvitation;

    /**
     * Whether it has ever been public ({@link StatementLifecycle#makesPublic}): until then only editors see it or learn
     * that it exists; from then on anyone reads it with its whole history, also back in DRAFT. Migration V5.
     */
    public boolean everPublic;

    /** The number of the {@link StatementVersion} that holds the text as it stands. */
    public int currentVersion;

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;

    /** Moves it to the status (the lifecycle allowing it is the caller's check) and remembers if it went public. */
    void moveTo(StatementStatus next) {
        status = next;
        everPublic = everPublic || StatementLifecycle.makesPublic(next);
    }

    /** Whether a caller who is not an editor may see it, or learn that it exists. */
    public boolean isPublic() {
        return everPublic;
    }

    public CommentPeriod commentPeriod() {
        return commentOpensAt == null ? null : new CommentPeriod(commentOpensAt, commentClosesAt);
    }
}
