package org.multistakeholder.signatories.endorsement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.multistakeholder.signatories.organization.Organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One period during which an organization endorsed a statement: from {@code endorsedOn} until, if it was
 * withdrawn, the day before {@code withdrawnOn}. Withdrawing closes the period; endorsing again opens a new row.
 */
@Entity
public class Endorsement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** A statement of statements-service; only its id is kept here, never a copy of its data. */
    public long statementId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    public LocalDate endorsedOn;

    public LocalDate withdrawnOn;

    /** Recorded by an editor for the organization rather than by the organization with its own key. */
    public boolean onBehalf;

    public Instant recordedAt;

    /**
     * Whether the organization is verified today, so its endorsement appears in public lists. The database copies it
     * from the organization (triggers of migration V2); the service only reads it.
     */
    @Column(insertable = false, updatable = false)
    public boolean organizationVerified;

    @Version
    public long version;

    /** In force at the end of {@code day}: a withdrawal on a day ends the endorsement that same day. */
    public boolean isInForceAt(LocalDate day) {
        return !endorsedOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }
}
