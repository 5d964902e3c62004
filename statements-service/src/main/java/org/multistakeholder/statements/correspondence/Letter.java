package org.multistakeholder.statements.correspondence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A letter held in the correspondence. Its text is kept in the parts a letter has: salutation, the body before the
 * action items, the action items under their headings, the text after them, and the valediction.
 */
@Entity
public class Letter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public LocalDate sentOn;

    public String subject;

    public String senderName;

    public String senderTitle;

    public String senderOrganization;

    public String recipientName;

    public String recipientTitle;

    public String recipientOrganization;

    public String salutation;

    /** Null when the letter's text is not held here, only its date, parties and subject. */
    public String body;

    public String closingText;

    public String valediction;

    public Long inReplyToId;

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;
}
