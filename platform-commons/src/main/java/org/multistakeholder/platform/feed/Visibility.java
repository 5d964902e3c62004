package org.multistakeholder.platform.feed;

/** Who is shown an event: anyone, or editors only (an organization not yet verified, a key rotated). */
public enum Visibility {
    PUBLIC,
    EDITORS;

    public static Visibility publicIf(boolean shown) {
        return shown ? PUBLIC : EDITORS;
    }
}
