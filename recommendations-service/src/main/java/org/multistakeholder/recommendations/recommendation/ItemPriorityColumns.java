package org.multistakeholder.recommendations.recommendation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class ItemPriorityColumns {

    public String item;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public boolean inPart;
}
