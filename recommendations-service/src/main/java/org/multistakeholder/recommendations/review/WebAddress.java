package org.multistakeholder.recommendations.review;

/** The shape every URL the service stores must have: absolute, http or https, no spaces. */
public final class WebAddress {

    public static final String PATTERN = "^https?://[^\\s/$.?#][^\\s]*$";
    public static final String MESSAGE = "must be an absolute http or https URL";

    private WebAddress() {
    }
}
