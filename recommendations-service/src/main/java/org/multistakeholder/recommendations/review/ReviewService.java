package org.multistakeholder.recommendations.review;

import jakarta.enterprise.context.ApplicationScoped;

import org.multistakeholder.platform.api.Page;
import org.multistakeholder.platform.api.PageRequest;
import org.multistakeholder.platform.api.SortableFields;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@ApplicationScoped
public class ReviewService {

    static final SortableFields SORTABLE = SortableFields.of("code", "id", "code", "code", "name", "name");

    public Page<ReviewSummary> list(PageRequest request) {
        PanacheQuery<Review> query = Review.findAll(SORTABLE.resolve(request.sort())).page(request.toPanachePage());
        return new Page<>(query.list().stream().map(ReviewSummary::of).toList(),
                request.page(), request.size(), query.count());
    }
}
