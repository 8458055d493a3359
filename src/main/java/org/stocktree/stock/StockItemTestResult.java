package org.stocktree.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.HasMetadata;
import org.stocktree.part.PartTestTemplate;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.users.User;

/**
 * The outcome of one test a stock item went through: the test (a template of the item's part or
 * of a template above it), whether it passed, the measured value, an optional file, and when and
 * where it ran. The template's own demands (a value, a file, one of its choices) are checked on
 * every save.
 */
@Entity
@Table(name = "stock_stockitemtestresult")
@ModelType(app = "stock", model = "stockitemtestresult", roles = "stock")
public class StockItemTestResult extends BaseEntity implements HasMetadata {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stock_item_id")
    private StockItem stockItem;

    /** The item's id, read with the row: rows show it without loading the item. */
    @Column(name = "stock_item_id", insertable = false, updatable = false)
    private Long stockItemId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private PartTestTemplate template;

    @Column(name = "template_id", insertable = false, updatable = false)
    private Long templateId;

    @Column(nullable = false)
    private boolean result;

    // "value" is a keyword of H2: the column name is quoted.
    @Column(name = "`value`", nullable = false, length = 500)
    private String value = "";

    /** The stored file, relative to the media folder; null without one. */
    @Column(length = 255)
    private String attachment;

    @Column(nullable = false, length = 500)
    private String notes = "";

    @Column(name = "test_station", nullable = false, length = 500)
    private String testStation = "";

    @Column(name = "started_datetime")
    private OffsetDateTime startedDatetime;

    @Column(name = "finished_datetime")
    private OffsetDateTime finishedDatetime;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "user_id", insertable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime date;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected StockItemTestResult() {
    }

    /** A new result recorded by {@code user} now. */
    StockItemTestResult(User user) {
        this.user = user;
        this.userId = user == null ? null : user.getId();
        this.date = OffsetDateTime.now();
    }

    /**
     * Applies checked values for the given item and template, then InvenTree's rules, all field
     * problems at once: the template applies to the item's part, a value where the template
     * requires one and one of its choices where it has them, a file where it requires one, and a
     * test that did not finish before it started.
     *
     * @param storedAttachment the file path after this request (a new upload, kept or cleared)
     */
    void apply(FormValues values, StockItem item, PartTestTemplate newTemplate, String storedAttachment) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (!PartTestTemplate.lineage(item.getPart()).contains(newTemplate.partId())) {
            add(errors, "template", "Test template does not apply to the part of this stock item");
        }
        String newValue = nonNull(values.text("value", value));
        if (newTemplate.isRequiresValue() && newValue.isBlank()) {
            add(errors, "value", "Value must be provided for this test");
        }
        List<String> choices = choicesOf(newTemplate.getChoices());
        if (!choices.isEmpty() && !choices.contains(newValue)) {
            add(errors, "value", "Invalid value for this test");
        }
        if (newTemplate.isRequiresAttachment() && storedAttachment == null) {
            add(errors, "attachment", "Attachment must be uploaded for this test");
        }
        OffsetDateTime started = values.get("started_datetime", startedDatetime);
        OffsetDateTime finished = values.get("finished_datetime", finishedDatetime);
        if (started != null && finished != null && started.isAfter(finished)) {
            add(errors, "finished_datetime", "The test finished time cannot be earlier than the test started time");
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        stockItem = item;
        stockItemId = item.getId();
        template = newTemplate;
        templateId = newTemplate.getId();
        result = values.bool("result", result);
        value = newValue;
        attachment = storedAttachment;
        notes = nonNull(values.text("notes", notes));
        testStation = nonNull(values.text("test_station", testStation));
        startedDatetime = started;
        finishedDatetime = finished;
    }

    /** A template's choices: comma-separated, blanks dropped, as InvenTree reads them. */
    static List<String> choicesOf(String choices) {
        List<String> list = new ArrayList<>();
        for (String choice : (choices == null ? "" : choices).split(",")) {
            if (!choice.isBlank()) {
                list.add(choice.strip());
            }
        }
        return list;
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    public StockItem getStockItem() {
        return stockItem;
    }

    public Long stockItemId() {
        return stockItemId;
    }

    public PartTestTemplate getTemplate() {
        return template;
    }

    public Long templateId() {
        return templateId;
    }

    public boolean isResult() {
        return result;
    }

    public String getValue() {
        return value;
    }

    public String getAttachment() {
        return attachment;
    }

    public String getNotes() {
        return notes;
    }

    public String getTestStation() {
        return testStation;
    }

    public OffsetDateTime getStartedDatetime() {
        return startedDatetime;
    }

    public OffsetDateTime getFinishedDatetime() {
        return finishedDatetime;
    }

    public Long userId() {
        return userId;
    }

    public OffsetDateTime getDate() {
        return date;
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
