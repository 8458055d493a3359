package org.stocktree.common.parameters;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.stocktree.common.ContentTypes;
import org.stocktree.users.User;

/**
 * Parameters and templates as the API shows them, with InvenTree's field names. A parameter row
 * carries its template's row, so rows are built from parameters whose templates (and editors) came
 * with the page statement.
 */
public final class ParameterRows {

    private ParameterRows() {
    }

    /** A template as {@code /api/parameter/template/} shows it. */
    public record TemplateRow(long pk, String name, String units, String description,
            @JsonProperty("model_type") String modelType, boolean checkbox, String choices, Long selectionlist,
            boolean enabled, int unique) {

        public static TemplateRow of(ParameterTemplate template, ContentTypes types) {
            return new TemplateRow(template.getId(), template.getName(), template.getUnits(), template.getDescription(),
                    template.getModelTypeId() == null ? null : Parameters.label(types, template.getModelTypeId()),
                    template.isCheckbox(), template.getChoices(), template.getSelectionList(), template.isEnabled(),
                    template.getUnique());
        }
    }

    /** Who last changed a parameter, as the schema's User object. */
    public record UserDetail(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email) {

        static UserDetail of(User user) {
            return user == null ? null
                    : new UserDetail(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail());
        }
    }

    /** A parameter as {@code /api/parameter/} (and a part's {@code parameters}) shows it. */
    public record ParameterRow(long pk, long template, @JsonProperty("model_type") String modelType,
            @JsonProperty("model_id") long modelId, String data, @JsonProperty("data_numeric") Double dataNumeric,
            String note, OffsetDateTime updated, @JsonProperty("updated_by") Long updatedBy,
            @JsonProperty("template_detail") TemplateRow templateDetail,
            @JsonProperty("updated_by_detail") UserDetail updatedByDetail) {

        public static ParameterRow of(Parameter parameter, ContentTypes types) {
            User editor = parameter.getUpdatedBy();
            return new ParameterRow(parameter.getId(), parameter.getTemplate().getId(),
                    Parameters.label(types, parameter.getModelTypeId()), parameter.getModelId(), parameter.getData(),
                    parameter.getDataNumeric(), parameter.getNote(), parameter.getUpdated(),
                    editor == null ? null : editor.getId(), TemplateRow.of(parameter.getTemplate(), types),
                    UserDetail.of(editor));
        }
    }

    static List<ParameterRow> of(List<Parameter> parameters, ContentTypes types) {
        return parameters.stream().map(parameter -> ParameterRow.of(parameter, types)).toList();
    }
}
