package org.multistakeholder.recommendations.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.platform.time.Timestamps;
import org.multistakeholder.recommendations.feed.RecommendationsEvent;
import org.multistakeholder.recommendations.progress.Quarter;
import org.multistakeholder.recommendations.review.Review;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class QuarterlyReportService {

    /** The first year a quarterly report can be about, as the list's {@code year} filter and the table hold it. */
    static final int FIRST_REPORTED_YEAR = 1990;

    static final SortableFields<QuarterlyReport> SORTABLE = SortableFields.of("-period", "id",
            "period", "period", "publishedOn", "publishedOn", "id", "id");

    private final Outbox outbox;

    QuarterlyReportService(Outbox outbox) {
        this.outbox = outbox;
    }

    public Page<QuarterlyReportView> list(String reviewCode, String yearText, PageRequest request) {
        Ordering<QuarterlyReport> order = SORTABLE.order(request);
        Sort requested = order.sort();
        Integer year = QueryParameters.whole("year", yearText, FIRST_REPORTED_YEAR, 9999);
        // "period" is two columns; expand it so that a quarter sorts within its year.
        Sort sort = null;
        for (Sort.Column column : requested.getColumns()) {
            List<String> attributes = column.getName().equals("period") ? List.of("year", "quarter") : List.of(column.getName());
            for (String attribute : attributes) {
                sort = sort == null ? Sort.by(attribute, column.getDirection()) : sort.and(attribute, column.getDirection());
            }
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (reviewCode != null && !reviewCode.isBlank()) {
            conditions.add("review.code = :review");
            parameters.put("review", reviewCode.trim());
        }
        if (year != null) {
            conditions.add("year = :year");
            parameters.put("year", year);
        }
        PanacheQuery<QuarterlyReport> query = conditions.isEmpty()
                ? QuarterlyReport.findAll(sort)
                : QuarterlyReport.find(String.join(" and ", conditions), sort, parameters);
        return order.page(order.read(query), query.count(),
                QuarterlyReportView::of);
    }

    public QuarterlyReport require(long id) {
        return QuarterlyReport.<QuarterlyReport>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Quarterly report", id));
    }

    public QuarterlyReportView view(long id) {
        return QuarterlyReportView.of(require(id));
    }

    @Transactional
    public QuarterlyReportView create(QuarterlyReportRequest request) {
        QuarterlyReport report = new QuarterlyReport();
        report.createdAt = Timestamps.now();
        apply(report, request);
        report.persist();
        report.flush();
        announce(RecommendationsEvent.QUARTERLY_REPORT_RECORDED, report);
        if (report.publicationStatus == PublicationStatus.PUBLISHED) {
            announce(RecommendationsEvent.QUARTERLY_REPORT_PUBLISHED, report);
        }
        return QuarterlyReportView.of(report);
    }

    @Transactional
    public QuarterlyReportView update(long id, QuarterlyReportRequest request, String ifMatch) {
        QuarterlyReport report = require(id);
        EntityTags.requireMatch(ifMatch, report.version);
        PublicationStatus before = report.publicationStatus;
        apply(report, request);
        report.flush();
        announce(RecommendationsEvent.QUARTERLY_REPORT_UPDATED, report);
        if (before != PublicationStatus.PUBLISHED && report.publicationStatus == PublicationStatus.PUBLISHED) {
            announce(RecommendationsEvent.QUARTERLY_REPORT_PUBLISHED, report);
        }
        return QuarterlyReportView.of(report);
    }

    private void announce(RecommendationsEvent type, QuarterlyReport report) {
        outbox.record(type, Visibility.PUBLIC, "/api/quarterly-reports/" + report.id, report.review.code,
                EventData.of("quarterlyReportId", report.id, "reviewCode", report.review.code,
                        "period", new Quarter(report.year, report.quarter).toString(), "publicationStatus", report.publicationStatus));
    }

    private static void apply(QuarterlyReport report, QuarterlyReportRequest request) {
        Review review = Review.findByCode(request.reviewCode().trim()).orElseThrow(() -> Problems.invalidField("reviewCode",
                "No review has the code " + request.reviewCode()));
        Quarter quarter = Quarter.parse(request.period()).orElseThrow(() -> Problems.invalidField("period",
                "'period' must be a quarter such as 2023-Q4"));
        if (quarter.year() < FIRST_REPORTED_YEAR) {
            throw Problems.invalidField("period", "'period' must be a quarter from " + FIRST_REPORTED_YEAR + "-Q1 on, not " + quarter);
        }
        if (request.publicationStatus() == PublicationStatus.IN_PRODUCTION) {
            if (request.documentUrl() != null) {
                throw Problems.invalidField("documentUrl", "A report in production has no document URL yet; leave it null");
            }
            if (request.publishedOn() != null) {
                throw Problems.invalidField("publishedOn", "A report in production has no publication date yet; leave it null");
            }
        } else if (request.documentUrl() == null) {
            throw Problems.invalidField("documentUrl", "A published report needs its document URL");
        }
        boolean samePeriod = review.equals(report.review) && report.year == quarter.year() && report.quarter == quarter.quarter();
        if (!samePeriod && QuarterlyReport.count("review = ?1 and year = ?2 and quarter = ?3",
                review, quarter.year(), quarter.quarter()) > 0) {
            throw Problems.conflict("Review " + review.code + " already has a quarterly report for " + quarter);
        }
        report.review = review;
        report.year = quarter.year();
        report.quarter = quarter.quarter();
        report.publicationStatus = request.publicationStatus();
        report.documentUrl = request.documentUrl();
        report.publishedOn = request.publishedOn();
        report.updatedAt = Timestamps.now();
    }
}
