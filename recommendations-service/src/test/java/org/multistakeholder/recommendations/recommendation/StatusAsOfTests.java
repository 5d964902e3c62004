package org.multistakeholder.recommendations.recommendation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.recommendations.Fixtures;
import org.multistakeholder.recommendations.history.StatusTimeline;
import org.multistakeholder.recommendations.progress.ProgressByQuarter;
import org.multistakeholder.recommendations.review.Review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The as-of rule is stated twice: in SQL, by the spans and count changes the database derives from the history
 * (StatusAsOf, ProgressByQuarter, the list's status filter), and in Java, by StatusTimeline, which checks the
 * history's writes. On histories of every shape (none, same-day changes, changes that change nothing, changes moved
 * to another day or removed), both give the same status of every recommendation and the same counts, every day.
 */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class StatusAsOfTests {

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 40;
    private static final ImplementationStatus[] STATUSES = ImplementationStatus.values();

    @Inject
    StatusAsOf statusAsOf;

    @Inject
    ProgressByQuarter progressByQuarter;

    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4 })
    void shouldAnswerAsTheTimelineDoesOnEveryDay(long seed) {
        Random random = new Random(seed);
        String code = Fixtures.createReview("ASOF");
        List<Long> recommendations = new ArrayList<>();
        for (int number = 1; number <= 8; number++) {
            recommendations.add(Fixtures.createRecommendation(code, number, null));
        }
        // Written straight to the table, as a bulk load or the demo data would: the database keeps the spans, and
        // no rule of the API stands between the history and what is read from it.
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : recommendations) {
                int changes = random.nextInt(7);
                for (int i = 0; i < changes; i++) {
                    insert(id, FIRST.plusDays(random.nextInt(DAYS)), STATUSES[random.nextInt(STATUSES.length)]);
                }
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 4; i++) {
                entityManager.createNativeQuery("update status_change set effective_on = :day where id = (select id from"
                                + " status_change where recommendation_id = :id order by id limit 1)")
                        .setParameter("day", FIRST.plusDays(random.nextInt(DAYS)))
                        .setParameter("id", recommendations.get(random.nextInt(recommendations.size()))).executeUpdate();
                entityManager.createNativeQuery("delete from status_change where id = (select id from status_change"
                                + " where recommendation_id = :id order by id desc limit 1)")
                        .setParameter("id", recommendations.get(random.nextInt(recommendations.size()))).executeUpdate();
            }
        });

        Map<Long, StatusTimeline> timelines = new java.util.HashMap<>();
        Map<Long, List<StatusTimeline.Change>> histories = new java.util.HashMap<>();
        for (long id : recommendations) {
            List<StatusTimeline.Change> history = history(id);
            histories.put(id, history);
            timelines.put(id, new StatusTimeline(history));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int day = -1; day <= DAYS; day++) {
            days.add(FIRST.plusDays(day));
        }
        long reviewId = QuarkusTransaction.requiringNew().call(() -> Review.findByCode(code).orElseThrow().id);
        Map<LocalDate, Map<ImplementationStatus, Long>> progress = progressByQuarter.countsAt(reviewId, days);

        for (LocalDate day : days) {
            Map<ImplementationStatus, Long> expected = new EnumMap<>(ImplementationStatus.class);
            for (ImplementationStatus status : STATUSES) {
                expected.put(status, 0L);
            }
            for (long id : recommendations) {
                ImplementationStatus status = timelines.get(id).statusAt(day);
                expected.merge(status, 1L, Long::sum);
                LocalDate since = histories.get(id).stream().map(StatusTimeline.Change::effectiveOn)
                        .filter(effective -> !effective.isAfter(day)).max(LocalDate::compareTo).orElse(null);
                assertEquals(new StatusAt(status, since), statusAsOf.of(id, day), "recommendation " + id + " on " + day);
            }
            assertEquals(expected, progress.get(day), "progress on " + day);
            if (day.getDayOfMonth() % 8 == 0) {
                for (ImplementationStatus status : STATUSES) {
                    long total = given().queryParam("asOf", day.toString()).queryParam("status", status.name())
                            .queryParam("size", "1")
                            .when().get("/api/reviews/" + code + "/recommendations")
                            .then().statusCode(200).extract().jsonPath().getLong("total");
                    assertEquals(expected.get(status), total, status + " listed on " + day);
                }
            }
        }
    }

    private void insert(long recommendationId, LocalDate day, ImplementationStatus status) {
        entityManager.createNativeQuery("insert into status_change (recommendation_id, effective_on, new_status)"
                        + " values (:id, :day, :status)")
                .setParameter("id", recommendationId).setParameter("day", day).setParameter("status", status.name())
                .executeUpdate();
    }

    private List<StatusTimeline.Change> history(long recommendationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                            "select id, effective_on, new_status from status_change where recommendation_id = :id")
                    .setParameter("id", recommendationId).getResultList();
            return rows.stream().map(row -> new StatusTimeline.Change(((Number) row[0]).longValue(),
                    row[1] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) row[1],
                    ImplementationStatus.valueOf((String) row[2]))).toList();
        });
    }
}
