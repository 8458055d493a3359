package org.stocktree.stock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stocktree.part.PartTestTemplate;
import org.stocktree.part.TestTemplateResource;

/**
 * Turns a page of test results into rows. The ids come with the page's own statement; users and
 * templates, when asked for, are read once for the page, so a page costs the same statements
 * whatever its size.
 */
final class TestResultRows {

    /** The model name metadata knows results by. */
    static final String MODEL = "stockitemtestresult";

    /** The folder of the media folder holding results' files, one folder per stock item. */
    static final String FOLDER = "stock_files";

    /** A test result as the API shows it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Row(long pk, @JsonProperty("stock_item") long stockItem, boolean result, String value, String attachment,
            String notes, @JsonProperty("test_station") String testStation,
            @JsonProperty("started_datetime") OffsetDateTime startedDatetime,
            @JsonProperty("finished_datetime") OffsetDateTime finishedDatetime, Long user,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("user_detail") TrackingResource.UserBrief userDetail,
            OffsetDateTime date, Long template,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("template_detail")
            TestTemplateResource.Row templateDetail) {
    }

    private final EntityManager em;
    private final boolean userDetail;
    private final boolean templateDetail;

    TestResultRows(EntityManager em, boolean userDetail, boolean templateDetail) {
        this.em = em;
        this.userDetail = userDetail;
        this.templateDetail = templateDetail;
    }

    List<Row> of(List<StockItemTestResult> results) {
        // HashMaps: imported results may have no user, and a null key must read as absent
        Map<Long, TrackingResource.UserBrief> users = userDetail ? users(results) : new HashMap<>();
        Map<Long, TestTemplateResource.Row> templates = templateDetail ? templates(results) : new HashMap<>();
        return results.stream().map(result -> new Row(result.getId(), result.stockItemId(), result.isResult(),
                result.getValue(), url(result.getAttachment()), result.getNotes(), result.getTestStation(),
                result.getStartedDatetime(), result.getFinishedDatetime(), result.userId(),
                users.get(result.userId()), result.getDate(), result.templateId(),
                templates.get(result.templateId()))).toList();
    }

    /** Where the file is downloaded, each path segment encoded; null without a file. */
    static String url(String stored) {
        if (stored == null) {
            return null;
        }
        StringBuilder url = new StringBuilder("/media");
        for (String segment : stored.split("/")) {
            url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    private Map<Long, TrackingResource.UserBrief> users(List<StockItemTestResult> results) {
        List<Long> ids = results.stream().map(StockItemTestResult::userId).filter(Objects::nonNull).distinct().toList();
        Map<Long, TrackingResource.UserBrief> users = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select u.id, u.username, u.firstName, u.lastName, u.email from User u where u.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(found -> users.put((Long) found[0], new TrackingResource.UserBrief((Long) found[0],
                            (String) found[1], (String) found[2], (String) found[3], (String) found[4])));
        }
        return users;
    }

    private Map<Long, TestTemplateResource.Row> templates(List<StockItemTestResult> results) {
        List<Long> ids = results.stream().map(StockItemTestResult::templateId).distinct().toList();
        Map<Long, TestTemplateResource.Row> templates = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t from PartTestTemplate t left join fetch t.totals where t.id in :ids", PartTestTemplate.class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(template -> templates.put(template.getId(), TestTemplateResource.row(template)));
        }
        return templates;
    }
}
