package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/part/{id}/bom-validate/}: whether a part's BOM is the one someone signed off, and
 * the sign-off itself. Validating is not a change to the BOM, so a locked part allows it, as in
 * InvenTree.
 */
@Path("part/{id: [0-9]+}/bom-validate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class BomValidationResource {

    static final Form FORM = Form.of("Part BOM Validation", "The validation of a part's bill of materials.",
            PartResource.MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.readOnly("bom_validated", FormField.Type.BOOLEAN).help("Is the BOM for this part valid?"),
            FormField.readOnly("bom_checksum", FormField.Type.STRING).help("Stored BOM checksum"),
            FormField.readOnly("bom_checked_by", FormField.Type.INTEGER),
            FormField.readOnly("bom_checked_by_detail", FormField.Type.OBJECT),
            FormField.readOnly("bom_checked_date", FormField.Type.DATE),
            FormField.bool("valid").defaultValue(false).help("Validate entire Bill of Materials"));

    /** The validation state, as InvenTree's {@code PartBomValidate}. */
    record Row(long pk, @JsonProperty("bom_validated") boolean bomValidated,
            @JsonProperty("bom_checksum") String bomChecksum, @JsonProperty("bom_checked_by") Long bomCheckedBy,
            @JsonProperty("bom_checked_by_detail") CheckedBy bomCheckedByDetail,
            @JsonProperty("bom_checked_date") LocalDate bomCheckedDate) {

        static Row of(Part part) {
            User user = part.getBomCheckedBy();
            return new Row(part.getId(), part.isBomValidated(), part.getBomChecksum(), part.bomCheckedById(),
                    user == null ? null : new CheckedBy(user.getId(), user.getUsername(), user.getFirstName(),
                            user.getLastName(), user.getEmail()),
                    part.getBomCheckedDate());
        }
    }

    /** Who validated, as InvenTree's {@code User} in brief. */
    record CheckedBy(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Boms boms;

    @Inject
    UserDirectory users;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public Row detail(@PathParam("id") long id) {
        return Row.of(BaseEntity.require(em, Part.class, id));
    }

    @PUT
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        return validate(id, body, Form.Mode.REPLACE);
    }

    @PATCH
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        return validate(id, body, Form.Mode.PARTIAL);
    }

    private Row validate(long id, JsonNode body, Form.Mode mode) {
        Part part = BaseEntity.require(em, Part.class, id);
        boolean valid = FORM.read(body, mode, em).bool("valid", false);
        boms.validate(part, users.caller(security), valid);
        return Row.of(part);
    }
}
