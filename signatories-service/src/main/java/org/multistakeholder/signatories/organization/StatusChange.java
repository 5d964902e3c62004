package org.multistakeholder.signatories.organization;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of an organization's status history; written once, never changed. */
@Entity
@Table(name = "organization_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long organizationId;

    @Enumerated(EnumType.STRING)
    public OrganizationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public OrganizationStatus toStatus;

    public String reason;

    public LocalDate effectiveOn;

    public Instant recordedAt;

    public String recordedBy;
}
