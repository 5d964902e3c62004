package org.multistakeholder.statements.statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The whole text of a statement as it stood after one edit; never changed once written. */
@Entity
public class StatementVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long statementId;

    public int number;

    public String preamble;

    public String closingText;

    public String changeNote;

    public Instant createdAt;

    @OneToMany(mappedBy = "statementVersion", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    public List<Clause> clauses = new ArrayList<>();
}
