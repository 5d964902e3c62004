package org.multistakeholder.signatories.organization;

import jakarta.enterprise.context.ApplicationScoped;

import org.multistakeholder.platform.api.Page;
import org.multistakeholder.platform.api.PageRequest;
import org.multistakeholder.platform.api.SortableFields;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@ApplicationScoped
public class OrganizationService {

    static final SortableFields SORTABLE = SortableFields.of("name", "id",
            "id", "id", "name", "name", "shortName", "shortName", "country", "country");

    /** Only verified organizations are public. */
    public Page<OrganizationSummary> listVerified(PageRequest request) {
        PanacheQuery<Organization> query = Organization
                .find("status", SORTABLE.resolve(request.sort()), OrganizationStatus.VERIFIED)
                .page(request.toPanachePage());
        return new Page<>(query.list().stream().map(OrganizationSummary::of).toList(),
                request.page(), request.size(), query.count());
    }
}
