package org.multistakeholder.recommendations.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.multistakeholder.recommendations.review.Review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The report on a review's implementation for one quarter (the tracker's "Quarterly Updates"). */
@Entity
public class QuarterlyReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Review review;

    public int year;

    public int quarter;

    @Enumerated(EnumType.STRING)
    public PublicationStatus publicationStatus;

    public String documentUrl;

    public LocalDate publishedOn;

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;
}
