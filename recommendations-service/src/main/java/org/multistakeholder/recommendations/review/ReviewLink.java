package org.multistakeholder.recommendations.review;

import jakarta.persistence.Embeddable;

@Embeddable
public class ReviewLink {

    public String title;

    public String url;
}
