package org.multistakeholder.recommendations.feed;

import org.multistakeholder.platform.feed.EventType;

/** What the recommendations feed announces. All of it is public, as reviews, their histories and reports are. */
public enum RecommendationsEvent implements EventType {
    REVIEW_CREATED("review.created"),
    REVIEW_UPDATED("review.updated"),
    RECOMMENDATION_ADDED("recommendation.added"),
    RECOMMENDATION_UPDATED("recommendation.updated"),
    STATUS_CHANGE_RECORDED("status-change.recorded"),
    STATUS_CHANGE_REMOVED("status-change.removed"),
    QUARTERLY_REPORT_RECORDED("quarterly-report.recorded"),
    QUARTERLY_REPORT_UPDATED("quarterly-report.updated"),
    QUARTERLY_REPORT_PUBLISHED("quarterly-report.published");

    private final String type;

    RecommendationsEvent(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }
}
