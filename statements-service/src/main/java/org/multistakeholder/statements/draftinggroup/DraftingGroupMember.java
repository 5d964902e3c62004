package org.multistakeholder.statements.draftinggroup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person of the group that wrote a statement, with the stakeholder group they speak for. */
@Entity
public class DraftingGroupMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long statementId;

    /** Where the member appears in the group's list, as the source lists them. */
    public int position;

    public String name;

    @Enumerated(EnumType.STRING)
    public MemberRole role;

    public String stakeholderGroup;

    public String affiliation;

    public String email;

    @Version
    public long version;
}
