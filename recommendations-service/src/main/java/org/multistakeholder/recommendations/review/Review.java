package org.multistakeholder.recommendations.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The short code the review is known by, such as CCT; unique, and its public identifier. */
    public String code;

    public String name;

    public String description;

    @ElementCollection
    @CollectionTable(name = "review_link", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "ordinal")
    public List<ReviewLink> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "review_news_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "ordinal")
    public List<ReviewNewsItem> newsItems = new ArrayList<>();

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;

    public static Optional<Review> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
