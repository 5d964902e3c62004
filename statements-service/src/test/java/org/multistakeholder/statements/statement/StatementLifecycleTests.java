package org.multistakeholder.statements.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multistakeholder.statements.statement.StatementStatus.DRAFT;
import static org.multistakeholder.statements.statement.StatementStatus.OPEN_FOR_COMMENT;
import static org.multistakeholder.statements.statement.StatementStatus.OPEN_FOR_SIGNATURE;
import static org.multistakeholder.statements.statement.StatementStatus.PUBLISHED;
import static org.multistakeholder.statements.statement.StatementStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StatementLifecycleTests {

    @Test
    void shouldLetDraftGoOutForCommentAndComeBack() {
        assertTrue(StatementLifecycle.allows(DRAFT, OPEN_FOR_COMMENT));
        assertTrue(StatementLifecycle.allows(OPEN_FOR_COMMENT, DRAFT));
        assertTrue(StatementLifecycle.allows(OPEN_FOR_COMMENT, PUBLISHED));
    }

    @Test
    void shouldNotReopenWhatWasOpenedForSignatureOrPublished() {
        assertFalse(StatementLifecycle.allows(OPEN_FOR_SIGNATURE, DRAFT));
        assertFalse(StatementLifecycle.allows(OPEN_FOR_SIGNATURE, OPEN_FOR_COMMENT));
        assertFalse(StatementLifecycle.allows(PUBLISHED, DRAFT));
        assertFalse(StatementLifecycle.allows(PUBLISHED, OPEN_FOR_SIGNATURE));
        assertEquals(Set.of(WITHDRAWN), StatementLifecycle.allowedFrom(PUBLISHED));
    }

    @Test
    void shouldKeepWithdrawnFinal() {
        assertTrue(StatementLifecycle.allowedFrom(WITHDRAWN).isEmpty());
        for (StatementStatus status : StatementStatus.values()) {
            assertFalse(StatementLifecycle.allows(WITHDRAWN, status));
        }
    }

    @Test
    void shouldLetEveryStatusButWithdrawnBeWithdrawn() {
        for (StatementStatus status : EnumSet.complementOf(EnumSet.of(WITHDRAWN))) {
            assertTrue(StatementLifecycle.allows(status, WITHDRAWN), status.name());
        }
    }

    @Test
    void shouldOnlyAllowTextEditsBeforeSignatureOrPublication() {
        assertTrue(StatementLifecycle.allowsTextEdits(DRAFT));
        assertTrue(StatementLifecycle.allowsTextEdits(OPEN_FOR_COMMENT));
        assertFalse(StatementLifecycle.allowsTextEdits(OPEN_FOR_SIGNATURE));
        assertFalse(StatementLifecycle.allowsTextEdits(PUBLISHED));
        assertFalse(StatementLifecycle.allowsTextEdits(WITHDRAWN));
    }

    @Test
    void shouldMakePublicOnlyTheStatusesThatPutAStatementBeforeEveryone() {
        assertFalse(StatementLifecycle.makesPublic(DRAFT));
        assertTrue(StatementLifecycle.makesPublic(OPEN_FOR_COMMENT));
        assertTrue(StatementLifecycle.makesPublic(OPEN_FOR_SIGNATURE));
        assertTrue(StatementLifecycle.makesPublic(PUBLISHED));
        // Withdrawing a draft nobody saw does not show it to everyone.
        assertFalse(StatementLifecycle.makesPublic(WITHDRAWN));
    }

    @Test
    void shouldAnswerACopyThatCallersCannotUseToChangeTheRules() {
        StatementLifecycle.allowedFrom(DRAFT).clear();
        assertTrue(StatementLifecycle.allows(DRAFT, PUBLISHED));
    }
}
