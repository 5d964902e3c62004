package org.multistakeholder.statements.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void shouldRequireEveryWordAsAPrefix() {
        assertEquals("multistake:* & dns:*", TextSearch.prefixQuery("Multistake DNS"));
    }

    @Test
    void shouldDropEverythingThatIsNotALetterOrDigit() {
        assertEquals("icann:* & s:* & wsis:* & 20:*", TextSearch.prefixQuery("ICANN's (WSIS+20) & | ! :*"));
        assertEquals("internet:* & s:* & über:*", TextSearch.prefixQuery("Internet's über"));
    }

    @Test
    void shouldAnswerNothingWhenNoWordIsLeft() {
        assertNull(TextSearch.prefixQuery("&|!():*"));
        assertNull(TextSearch.prefixQuery(null));
    }
}
