package org.multistakeholder.signatories.organization;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String shortName;

    /** ISO 3166-1 alpha-2 code. */
    public String country;

    @Enumerated(EnumType.STRING)
    public OrganizationStatus status;

    @Version
    public long version;

    public Instant createdAt;
}
