package org.multistakeholder.statements.statement;

import static org.multistakeholder.statements.statement.StatementStatus.DRAFT;
import static org.multistakeholder.statements.statement.StatementStatus.OPEN_FOR_COMMENT;
import static org.multistakeholder.statements.statement.StatementStatus.OPEN_FOR_SIGNATURE;
import static org.multistakeholder.statements.statement.StatementStatus.PUBLISHED;
import static org.multistakeholder.statements.statement.StatementStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a statement may move to from the one it is in. A draft may go out for comment and come back
 * to be revised; once open for signature its text is what people endorse, so it only goes on to publication
 * or is withdrawn; a withdrawn statement stays withdrawn (a new statement is made instead).
 */
public final class StatementLifecycle {

    private static final Map<StatementStatus, Set<StatementStatus>> ALLOWED = new EnumMap<>(StatementStatus.class);

    static {
        ALLOWED.put(DRAFT, EnumSet.of(OPEN_FOR_COMMENT, OPEN_FOR_SIGNATURE, PUBLISHED, WITHDRAWN));
        ALLOWED.put(OPEN_FOR_COMMENT, EnumSet.of(DRAFT, OPEN_FOR_SIGNATURE, PUBLISHED, WITHDRAWN));
        ALLOWED.put(OPEN_FOR_SIGNATURE, EnumSet.of(PUBLISHED, WITHDRAWN));
        ALLOWED.put(PUBLISHED, EnumSet.of(WITHDRAWN));
        ALLOWED.put(WITHDRAWN, EnumSet.noneOf(StatementStatus.class));
    }

    private StatementLifecycle() {
    }

    public static Set<StatementStatus> allowedFrom(StatementStatus current) {
        return EnumSet.copyOf(ALLOWED.get(current));
    }

    public static boolean allows(StatementStatus from, StatementStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /**
     * Whether entering this status makes a statement public for good: opened for comment or for signature, or
     * published. A draft is the editors' until then; withdrawing a draft that never was public does not publish it.
     */
    public static boolean makesPublic(StatementStatus status) {
        return status == OPEN_FOR_COMMENT || status == OPEN_FOR_SIGNATURE || status == PUBLISHED;
    }

    /**
     * Whether the text may still be edited in this status: once open for signature, published or withdrawn,
     * the text is what was endorsed or issued and stays as it is.
     */
    public static boolean allowsTextEdits(StatementStatus status) {
        return status == DRAFT || status == OPEN_FOR_COMMENT;
    }
}
