package org.multistakeholder.recommendations.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

    @Version
    public long version;

    public Instant createdAt;
}
