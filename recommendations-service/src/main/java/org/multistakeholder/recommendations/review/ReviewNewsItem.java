package org.multistakeholder.recommendations.review;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

@Embeddable
public class ReviewNewsItem {

    public String title;

    /** Null where the source names an item without saying where it can be read. */
    public String url;

    public LocalDate publishedOn;
}
