package org.multistakeholder.recommendations.recommendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.multistakeholder.recommendations.review.Review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recommendation of a review. Its status is not stored here: it derives from the status history. */
@Entity
public class Recommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Review review;

    /** Its number within the review, as the review's report numbers it (not necessarily contiguous). */
    public int number;

    public String description;

    public String notes;

    /** Null when no priority was assigned, or when the items were prioritised separately. */
    @Enumerated(EnumType.STRING)
    public Priority priority;

    @ElementCollection
    @CollectionTable(name = "recommendation_item_priority", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "ordinal")
    public List<ItemPriorityColumns> itemPriorities = new ArrayList<>();

    /** Also raised by every status change, so the ETag of a recommendation changes when its status does. */
    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;
}
