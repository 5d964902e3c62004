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

    /** See {@link OrganizationNames#normalize(String)}; unique, and the key of alphabetical order. */
    public String normalizedName;

    public String shortName;

    /** ISO 3166-1 alpha-2 code. */
    public String country;

    public String website;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    public String contactName;

    public String contactEmail;

    @Enumerated(EnumType.STRING)
    public OrganizationStatus status;

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;

    public boolean isVerified() {
        return status == OrganizationStatus.VERIFIED;
    }
}
