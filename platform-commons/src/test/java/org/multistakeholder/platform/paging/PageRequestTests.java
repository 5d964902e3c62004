package org.multistakeholder.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkiverse.resteasy.problem.HttpProblem;

class PageRequestTests {

    @Test
    void shouldStartAtTheFirstPageOfTwenty() {
        PageRequest request = request(null, "20", null);
        assertEquals(0, request.page());
        assertEquals(PageRequest.DEFAULT_SIZE, request.size());
        assertNull(request.cursor());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page | abc         | 'page' must be a whole number from 0 to 21474835",
            "page | -1          | 'page' must be from 0 to 21474835, not -1",
            "page | 21474836    | 'page' must be from 0 to 21474835, not 21474836",
            "page | 99999999999 | 'page' must be a whole number from 0 to 21474835",
            "size | 0           | 'size' must be from 1 to 100, not 0",
            "size | 101         | 'size' must be from 1 to 100, not 101",
            "size | 1.5         | 'size' must be a whole number from 1 to 100" })
    void shouldRefuseAPageOrSizeOutOfBounds(String name, String value, String detail) {
        PageRequest request = name.equals("page") ? request(value, "20", null) : request(null, value, null);
        HttpProblem problem = assertThrows(HttpProblem.class, () -> {
            request.page();
            request.size();
        });
        assertEquals(400, problem.getStatusCode());
        assertEquals(detail, problem.getDetail());
    }

    @Test
    void shouldTakeTheLastPageThatKeepsItsRowsWithinAnInt() {
        assertEquals(PageRequest.MAX_PAGE, request(Integer.toString(PageRequest.MAX_PAGE), "100", null).page());
        // The row read beyond the deepest page still has an int position.
        assertEquals(true, (long) (PageRequest.MAX_PAGE + 1) * PageRequest.MAX_SIZE + 1 <= Integer.MAX_VALUE);
    }

    @Test
    void shouldGoToThePageItsCursorLeadsTo() {
        PageRequest request = request(null, "20", new PageCursor("name", 5, 20, "x", 1L).encode());
        assertEquals(5, request.page());
        assertEquals("x", request.cursor().value());
    }

    @Test
    void shouldRefuseBothPageAndAfter() {
        HttpProblem problem = assertThrows(HttpProblem.class,
                () -> request("2", "20", new PageCursor("name", 5, 20, null, null).encode()).page());
        assertEquals("Give either 'page' or 'after', not both: 'after' says which page it leads to", problem.getDetail());
    }

    @Test
    void shouldRefuseACursorBeyondTheBoundsOfARequest() {
        for (PageCursor cursor : new PageCursor[] { new PageCursor("name", PageRequest.MAX_PAGE + 1, 20, null, null),
                new PageCursor("name", 1, PageRequest.MAX_SIZE + 1, null, null),
                new PageCursor("n".repeat(PageRequest.MAX_SORT_LENGTH + 1), 1, 20, null, null) }) {
            PageCursorTests.assertAfterRefused(
                    assertThrows(HttpProblem.class, () -> request(null, "20", cursor.encode()).cursor(), cursor.toString()));
        }
    }

    @Test
    void shouldRefuseACursorLongerThanAnyListHandsOut() {
        String longest = new PageCursor("name", PageRequest.MAX_PAGE, PageRequest.MAX_SIZE, "\ud83d\ude00".repeat(300), Long.MIN_VALUE).encode();
        assertEquals(true, longest.length() <= PageCursor.MAX_LENGTH);
        String tooLong = "A".repeat(PageCursor.MAX_LENGTH + 1);
        PageCursorTests.assertAfterRefused(assertThrows(HttpProblem.class, () -> request(null, "20", tooLong).cursor()));
    }

    static PageRequest request(String page, String size, String after) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        request.after = after;
        return request;
    }
}
