package org.multistakeholder.recommendations.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.multistakeholder.recommendations.progress.ProgressPeriods.Period;
import org.multistakeholder.recommendations.recommendation.ImplementationStatus;
import org.multistakeholder.recommendations.review.Review;
import org.multistakeholder.recommendations.review.ReviewService;

@ApplicationScoped
public class ProgressService {

    private final ReviewService reviews;
    private final ProgressByQuarter progressByQuarter;

    ProgressService(ReviewService reviews, ProgressByQuarter progressByQuarter) {
        this.reviews = reviews;
        this.progressByQuarter = progressByQuarter;
    }

    public ProgressReport progress(String reviewCode, List<Period> periods) {
        Review review = reviews.require(reviewCode);
        Map<LocalDate, Map<ImplementationStatus, Long>> counts =
                progressByQuarter.countsAt(review.id, periods.stream().map(Period::endsOn).toList());
        return new ProgressReport(review.code, periods.stream()
                .map(period -> ProgressPeriod.of(period.label(), period.endsOn(), counts.get(period.endsOn())))
                .toList());
    }
}
