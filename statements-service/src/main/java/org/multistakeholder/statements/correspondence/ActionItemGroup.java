package org.multistakeholder.statements.correspondence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The action items a letter lists under one heading, in the letter's order. */
@Entity
public class ActionItemGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long letterId;

    public int position;

    public String heading;

    public String introText;

    @OneToMany(mappedBy = "group", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<ActionItem> items = new ArrayList<>();
}
