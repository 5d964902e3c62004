package org.multistakeholder.recommendations.history;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.multistakeholder.recommendations.recommendation.ImplementationStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One change of a recommendation's status. It holds only the new status: the old one is whatever the change
 * before it in effective-date order set, which a change recorded late with an earlier date may alter.
 */
@Entity
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long recommendationId;

    public LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    public ImplementationStatus newStatus;

    public String note;

    public Instant recordedAt;
}
