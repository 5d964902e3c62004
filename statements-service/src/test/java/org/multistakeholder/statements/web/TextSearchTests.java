package org.multistakeholder.statements.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextSearchTests {

    @Test
    void shouldRequireEveryWordAsAPrefix() {
        assertEquals(List.of("multistake:*", "dns:*"), TextSearch.prefixTerms("Multistake DNS"));
    }

    @Test
    void shouldDropEverythingThatIsNotALetterOrDigit() {
        assertEquals(List.of("icann:*", "s:*", "wsis:*", "20:*"), TextSearch.prefixTerms("ICANN's (WSIS+20) & | ! :*"));
        assertEquals(List.of("internet:*", "s:*", "uber:*"), TextSearch.prefixTerms("Internet's über"));
    }

    @Test
    void shouldFoldAccentsAsTheDatabaseDoes() {
        assertEquals(List.of("associacao:*", "dns:*", "pt:*"), TextSearch.prefixTerms("Associação DNS.PT"));
        assertEquals(List.of("cote:*", "lodz:*"), TextSearch.prefixTerms("CÔTÉ Łódź"));
        assertEquals(TextSearch.ACCENTED.length(), TextSearch.FOLDED.length());
    }

    @Test
    void shouldKeepEachWordOnceAndAtMostEightWords() {
        assertEquals(List.of("dns:*"), TextSearch.prefixTerms("DNS dns Dns"));
        assertEquals(8, TextSearch.prefixTerms("a b c d e f g h i j").size());
    }

    @Test
    void shouldTakeLikeWildcardsLiterally() {
        assertEquals("100\\%\\_ associacao", TextSearch.likeContaining("100%_ Associação"));
    }

    @Test
    void shouldAnswerNothingWhenNoWordIsLeft() {
        assertEquals(List.of(), TextSearch.prefixTerms("&|!():*"));
        assertEquals(List.of(), TextSearch.prefixTerms(null));
    }
}
