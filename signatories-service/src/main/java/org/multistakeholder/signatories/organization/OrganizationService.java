package org.multistakeholder.signatories.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.feed.EventData;
import org.multistakeholder.platform.feed.Outbox;
import org.multistakeholder.platform.feed.Visibility;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.paging.SortableFields;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.platform.time.Timestamps;
import org.multistakeholder.signatories.access.ApiKeySecret;
import org.multistakeholder.signatories.access.ApiKeys;
import org.multistakeholder.signatories.feed.SignatoriesEvent;

import io.quarkus.hibernate.orm.panache.Panache;

@ApplicationScoped
public class OrganizationService {

    /** Seekable where an index keeps the order: the unique normalized name, registration time, id. */
    static final SortableFields<Organization> SORTABLE = SortableFields.<Organization>of("name", "id",
                    "id", "id", "name", "normalizedName", "shortName", "shortName", "country", "country",
                    "createdAt", "createdAt", "status", "status")
            .identifiedBy(o -> o.id)
            .seekable("id", Long.class, o -> o.id)
            .seekable("name", String.class, o -> o.normalizedName)
            .seekable("createdAt", Instant.class, o -> o.createdAt);

    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private final ApiKeys apiKeys;
    private final Outbox outbox;

    OrganizationService(ApiKeys apiKeys, Outbox outbox) {
        this.apiKeys = apiKeys;
        this.outbox = outbox;
    }

    /** The filters of the organization list; {@code status} null means any status. */
    public record Filter(OrganizationStatus status, OrganizationKind kind, String country, String text) {
    }

    public Page<OrganizationView> list(Filter filter, PageRequest request, boolean withContacts) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.country() != null) {
            where.append(" and country = :country");
            parameters.put("country", filter.country());
        }
        boolean searching = filter.text() != null && !filter.text().isBlank();
        if (searching) {
            // Served by the trigram indexes of migration V3, on exactly these two expressions.
            where.append(" and (normalizedName like :text or lower(shortName) like :text)");
            parameters.put("text", "%" + OrganizationNames.normalize(filter.text())
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Ordering<Organization> order = SORTABLE.order(request);
        long total = searching ? Organization.count(where.toString(), parameters) : countOf(filter);
        List<Organization> rows = order.read(where.toString(), parameters,
                (query, sort, values) -> Organization.find(query, sort, values));
        return order.page(rows, total, o -> OrganizationView.of(o, withContacts));
    }

    /**
     * The number of organizations with the filter's status, kind and country, from the counts the database keeps
     * (migration V3): a sum over a few rows rather than a count over every organization.
     */
    private static long countOf(Filter filter) {
        StringBuilder sql = new StringBuilder("select coalesce(sum(organizations), 0) from organization_count where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            sql.append(" and status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.country() != null) {
            sql.append(" and country = :country");
            parameters.put("country", filter.country());
        }
        var count = Panache.getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    public Optional<Organization> find(long id) {
        return Organization.findByIdOptional(id);
    }

    public Organization require(long id) {
        return find(id).orElseThrow(() -> Problems.notFound("Organization", id));
    }

    /** Registers a PENDING organization and issues its first API key. */
    @Transactional
    public Registration register(OrganizationProfile profile) {
        Instant now = Timestamps.now();
        Organization organization = new Organization();
        apply(profile, organization);
        organization.status = OrganizationStatus.PENDING;
        organization.createdAt = now;
        organization.updatedAt = now;
        organization.persist();
        // A concurrent registration of the same name fails here on the unique index, and the mapper answers 409.
        Panache.getEntityManager().flush();
        record(organization, null, "Registered", LocalDate.ofInstant(now, ZoneOffset.UTC), "registration", now);
        ApiKeySecret key = apiKeys.issue(organization.id, now);
        announce(SignatoriesEvent.ORGANIZATION_REGISTERED, Visibility.EDITORS, organization);
        return new Registration(OrganizationView.of(organization, true), key.presentable());
    }

    @Transactional
    public Organization updateProfile(long id, String ifMatch, OrganizationProfile profile) {
        Organization organization = require(id);
        EntityTags.requireMatch(ifMatch, organization.version);
        apply(profile, organization);
        organization.updatedAt = Timestamps.now();
        organization.flush();
        announce(SignatoriesEvent.ORGANIZATION_PROFILE_CHANGED, Visibility.publicIf(organization.status == OrganizationStatus.VERIFIED),
                organization);
        return organization;
    }

    @Transactional
    public StatusChange changeStatus(long id, String ifMatch, StatusDecision decision, String recordedBy) {
        Organization organization = require(id);
        EntityTags.requireMatch(ifMatch, organization.version);
        Instant now = Timestamps.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate effectiveOn = decision.effectiveOn() == null ? today : decision.effectiveOn();
        if (effectiveOn.isAfter(today)) {
            throw Problems.invalidField("effectiveOn", "'effectiveOn' must be today (" + today + ") or earlier");
        }
        if (StatusTransitions.action(organization.status, decision.status()).isEmpty()) {
            throw Problems.conflict("Organization " + id + " is " + organization.status + " and cannot become "
                    + decision.status() + "; allowed: PENDING to VERIFIED or SUSPENDED, VERIFIED to SUSPENDED, SUSPENDED to VERIFIED");
        }
        OrganizationStatus from = organization.status;
        organization.status = decision.status();
        organization.updatedAt = now;
        organization.flush();
        StatusChange change = record(organization, from, decision.reason().trim(), effectiveOn, recordedBy, now);
        if (organization.status == OrganizationStatus.SUSPENDED) {
            // Suspending an organization never verified changes no public list.
            announce(SignatoriesEvent.ORGANIZATION_SUSPENDED, Visibility.publicIf(from == OrganizationStatus.VERIFIED), organization, change);
        } else {
            announce(from == OrganizationStatus.SUSPENDED ? SignatoriesEvent.ORGANIZATION_REINSTATED : SignatoriesEvent.ORGANIZATION_VERIFIED,
                    Visibility.PUBLIC, organization, change);
        }
        return change;
    }

    public List<StatusChangeView> history(long id) {
        require(id);
        return StatusChange.<StatusChange>find("organizationId = ?1 order by recordedAt, id", id)
                .stream().map(StatusChangeView::of).toList();
    }

    @Transactional
    public IssuedApiKey rotateKey(long id) {
        Organization organization = require(id);
        Instant now = Timestamps.now();
        IssuedApiKey issued = new IssuedApiKey(id, apiKeys.issue(id, now).presentable(), now);
        announce(SignatoriesEvent.ORGANIZATION_API_KEY_ROTATED, Visibility.EDITORS, organization);
        return issued;
    }

    private void announce(SignatoriesEvent type, Visibility visibility, Organization organization) {
        announce(type, visibility, organization, null);
    }

    private void announce(SignatoriesEvent type, Visibility visibility, Organization organization, StatusChange change) {
        outbox.record(type, visibility, "/api/organizations/" + organization.id, null, EventData.of("organizationId", organization.id,
                "status", organization.status, "statusChangeId", change == null ? null : change.id));
    }

    private StatusChange record(Organization organization, OrganizationStatus from, String reason, LocalDate effectiveOn,
            String recordedBy, Instant now) {
        StatusChange change = new StatusChange();
        change.organizationId = organization.id;
        change.fromStatus = from;
        change.toStatus = organization.status;
        change.reason = reason;
        change.effectiveOn = effectiveOn;
        change.recordedAt = now;
        change.recordedBy = recordedBy;
        change.persist();
        return change;
    }

    private static void apply(OrganizationProfile profile, Organization organization) {
        if (!COUNTRIES.contains(profile.country())) {
            throw Problems.invalidField("country", "'country' must be an ISO 3166-1 alpha-2 code; '" + profile.country() + "' is not one");
        }
        String name = profile.name().trim();
        String normalized = OrganizationNames.normalize(name);
        boolean taken = organization.id == null
                ? Organization.count("normalizedName", normalized) > 0
                : Organization.count("normalizedName = ?1 and id <> ?2", normalized, organization.id) > 0;
        if (taken) {
            throw Problems.conflict("An organization named '" + name + "' (ignoring case and accents) is already registered");
        }
        organization.name = name;
        organization.normalizedName = normalized;
        organization.shortName = profile.shortName() == null || profile.shortName().isBlank() ? null : profile.shortName().trim();
        organization.country = profile.country();
        organization.website = profile.website().trim();
        organization.kind = profile.kind();
        organization.contactName = profile.contact().name().trim();
        organization.contactEmail = profile.contact().email().trim();
    }
}
