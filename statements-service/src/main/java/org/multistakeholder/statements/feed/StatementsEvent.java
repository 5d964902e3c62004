package org.multistakeholder.statements.feed;

import org.multistakeholder.platform.feed.EventType;

/** What the statements feed announces. All of it is public: statements, comments not hidden and letters are. */
public enum StatementsEvent implements EventType {
    STATEMENT_CREATED("statement.created"),
    STATEMENT_UPDATED("statement.updated"),
    STATEMENT_STATUS_CHANGED("statement.status-changed"),
    STATEMENT_VERSION_ADDED("statement.version-added"),
    COMMENT_PERIOD_OPENED("statement.comment-period-opened"),
    COMMENT_PERIOD_CLOSED("statement.comment-period-closed"),
    COMMENT_POSTED("comment.posted"),
    COMMENT_HIDDEN("comment.hidden"),
    COMMENT_SHOWN("comment.shown"),
    DRAFTING_GROUP_MEMBER_ADDED("drafting-group.member-added"),
    DRAFTING_GROUP_MEMBER_UPDATED("drafting-group.member-updated"),
    DRAFTING_GROUP_MEMBER_REMOVED("drafting-group.member-removed"),
    LETTER_RECORDED("letter.recorded"),
    LETTER_UPDATED("letter.updated");

    private final String type;

    StatementsEvent(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }
}
