package org.multistakeholder.statements.draftinggroup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A member of a statement's drafting group. email is only given to editors.")
public record MemberView(
        @Schema(description = "Identifier", example = "1") Long id,
        @Schema(description = "The statement the group drafted", example = "3") Long statementId,
        @Schema(description = "Place in the group's list, from 1", example = "1") int position,
        @Schema(description = "Full name", example = "Vittorio Bertola", maxLength = 200) String name,
        @Schema(description = "Chair or member", example = "CHAIR") MemberRole role,
        @Schema(description = "The stakeholder group or constituency represented", example = "At-Large Advisory Committee",
            maxLength = 300) String stakeholderGroup,
        @Schema(description = "The organization the member belongs to, where given", example = "InternetNZ", maxLength = 300) String affiliation,
        @Schema(description = "Editors only: contact email", example = "vb@bertola.eu.org", maxLength = 320)
        @JsonInclude(JsonInclude.Include.NON_NULL) String email) {

    static MemberView of(DraftingGroupMember member, boolean forEditor) {
        return new MemberView(member.id, member.statementId, member.position, member.name, member.role, member.stakeholderGroup,
                member.affiliation, forEditor ? member.email : null);
    }
}
