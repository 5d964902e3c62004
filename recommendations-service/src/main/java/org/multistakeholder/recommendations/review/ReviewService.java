package org.multistakeholder.recommendations.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.feed.EventData;
import org.multistakeholder.platform.feed.Outbox;
import org.multistakeholder.platform.feed.Visibility;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.paging.SortableFields;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.platform.time.Timestamps;
import org.multistakeholder.recommendations.feed.RecommendationsEvent;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@ApplicationScoped
public class ReviewService {

    static final SortableFields<Review> SORTABLE = SortableFields.of("code", "id", "code", "code", "name", "name");

    private final Outbox outbox;

    ReviewService(Outbox outbox) {
        this.outbox = outbox;
    }

    public Page<ReviewSummary> list(PageRequest request) {
        Ordering<Review> order = SORTABLE.order(request);
        PanacheQuery<Review> query = Review.findAll(order.sort());
        return order.page(order.read(query), query.count(), ReviewSummary::of);
    }

    /** The review with this code, or a 404 problem: every path under /api/reviews/{code} starts here. */
    public Review require(String code) {
        return Review.findByCode(code).orElseThrow(() -> Problems.notFound("Review", code));
    }

    @Transactional
    public Review create(ReviewRequest request) {
        if (request.code() == null) {
            throw Problems.invalidField("code", "'code' is required to create a review");
        }
        if (Review.findByCode(request.code()).isPresent()) {
            throw Problems.conflict("A review with code " + request.code() + " already exists");
        }
        Review review = new Review();
        review.code = request.code();
        review.createdAt = Timestamps.now();
        apply(review, request);
        review.persist();
        review.flush();
        announce(RecommendationsEvent.REVIEW_CREATED, review);
        return review;
    }

    @Transactional
    public Review update(String code, ReviewRequest request, String ifMatch) {
        Review review = require(code);
        EntityTags.requireMatch(ifMatch, review.version);
        apply(review, request);
        review.flush();
        announce(RecommendationsEvent.REVIEW_UPDATED, review);
        return review;
    }

    private void announce(RecommendationsEvent type, Review review) {
        outbox.record(type, Visibility.PUBLIC, "/api/reviews/" + review.code, review.code, EventData.of("reviewCode", review.code));
    }

    private static void apply(Review review, ReviewRequest request) {
        review.name = request.name();
        review.description = request.description();
        review.links.clear();
        request.linksOrNone().forEach(link -> review.links.add(link.toColumns()));
        review.newsItems.clear();
        request.newsItemsOrNone().forEach(item -> review.newsItems.add(item.toColumns()));
        review.updatedAt = Timestamps.now();
    }
}
