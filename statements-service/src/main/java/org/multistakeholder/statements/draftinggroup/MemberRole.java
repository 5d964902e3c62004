package org.multistakeholder.statements.draftinggroup;

public enum MemberRole {
    CHAIR,
    MEMBER
}
