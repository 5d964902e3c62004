package org.multistakeholder.statements.comment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A public comment on a statement, tied to the version of the text (and the clause) it was made on. */
@Entity
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long statementId;

    public int versionNumber;

    public Integer clauseNumber;

    public String authorName;

    public String affiliation;

    public String email;

    public String text;

    public Instant postedAt;

    public boolean hidden;

    public String hiddenReason;

    public Instant hiddenAt;

    @Version
    public long version;
}
