package org.stocktree.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper();

    record Line(@NotBlank String reference, @Positive int quantity) {
    }

    @Test
    void fieldErrorsBecomeA400InInvenTreesShape() {
        Response response = mapper.toResponse(FieldErrors.of("quantity", "Quantity must be positive"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity()).isEqualTo(Map.of("quantity", List.of("Quantity must be positive")));
    }

    @Test
    void errorsOfLinesAreAListWithOneObjectPerLine() {
        LineErrors lines = new LineErrors("items", 3);
        lines.add(1, "quantity", "Quantity must be greater than zero").add(1, "pk", "Stock item is not in stock");
        lines.add(2, "quantity", "A valid number is required.");
        FieldErrors thrown = org.assertj.core.api.Assertions.catchThrowableOfType(lines::throwIfAny, FieldErrors.class);
        Response response = mapper.toResponse(thrown);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity()).isEqualTo(Map.of("items", List.of(Map.of(),
                Map.of("quantity", List.of("Quantity must be greater than zero"), "pk", List.of("Stock item is not in stock")),
                Map.of("quantity", List.of("A valid number is required.")))));
        assertThat(thrown.errors()).containsEntry("quantity", List.of("Quantity must be greater than zero"));
        assertThat(mapper.toResponse(FieldErrors.atLine("items", 0, 2, "pk", "Invalid")).getEntity())
                .isEqualTo(Map.of("items", List.of(Map.of("pk", List.of("Invalid")), Map.of())));
    }

    @Test
    void noLineErrorsThrowNothing() {
        new LineErrors("items", 2).throwIfAny();
    }

    @Test
    void applicationErrorsWrappedByTheContainerAreStillFieldErrors() {
        Response response = mapper.toResponse(new EJBException(FieldErrors.general("Not allowed")));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity()).isEqualTo(Map.of("non_field_errors", List.of("Not allowed")));
    }

    @Test
    void beanValidationFailuresAreGroupedByField() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        var violations = validator.validate(new Line(" ", 0));
        Response response = mapper.toResponse(new ConstraintViolationException(violations));
        assertThat(response.getStatus()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        Map<String, List<String>> body = (Map<String, List<String>>) response.getEntity();
        assertThat(body).containsOnlyKeys("reference", "quantity");
        assertThat(body.get("quantity")).hasSize(1);
    }

    @Test
    void unreadableJsonIsARequestError() throws Exception {
        JsonProcessingException syntax = catchJson("{\"a\": [1,");
        Response response = mapper.toResponse(syntax);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity().toString()).contains("non_field_errors", "Invalid JSON");
    }

    @Test
    void aConflictingEditIsA409() {
        assertThat(mapper.toResponse(new OptimisticLockException()).getStatus()).isEqualTo(409);
    }

    @Test
    void notFoundAndUnexpectedErrorsAnswerWithADetail() {
        Response notFound = mapper.toResponse(new NotFoundException());
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getEntity()).isEqualTo(Map.of("detail", "Not found."));

        Response crash = mapper.toResponse(new IllegalStateException("secret internals"));
        assertThat(crash.getStatus()).isEqualTo(500);
        assertThat(crash.getEntity().toString()).doesNotContain("secret internals");
    }

    private static JsonProcessingException catchJson(String text) {
        try {
            JsonMapping.mapper().readTree(text);
            throw new AssertionError("expected a parse error");
        } catch (JsonProcessingException expected) {
            return expected;
        }
    }
}
