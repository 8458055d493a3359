package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/part/{id}/bom-copy/}: copies another part's BOM into this part's. It writes BOM
 * lines, so it needs the {@code bom} role's add permission, as creating a line does.
 */
@Path("part/{id: [0-9]+}/bom-copy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class BomCopyResource {

    static final Form FORM = Form.of("Copy BOM", "Copies the bill of materials of another part.", PartResource.MODEL,
            FormField.related("part", Part.class, PartResource.MODEL, "/api/part/").required()
                    .help("Select part to copy BOM from"),
            FormField.bool("remove_existing").defaultValue(true).label("Remove Existing Data")
                    .help("Remove existing BOM items before copying"),
            FormField.bool("include_inherited").defaultValue(false).label("Include Inherited")
                    .help("Include BOM items which are inherited from templated parts"),
            FormField.bool("skip_invalid").defaultValue(false).label("Skip Invalid Rows")
                    .help("Enable this option to skip invalid rows"),
            FormField.bool("copy_substitutes").defaultValue(true).label("Copy Substitute Parts")
                    .help("Copy substitute parts when duplicate BOM items"));

    /** What was copied, as the request said it with the defaults filled in. */
    record Row(long part, @JsonProperty("remove_existing") boolean removeExisting,
            @JsonProperty("include_inherited") boolean includeInherited,
            @JsonProperty("skip_invalid") boolean skipInvalid,
            @JsonProperty("copy_substitutes") boolean copySubstitutes) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Boms boms;

    @POST
    @RequiresRole(value = "bom", permission = "add")
    @Submits
    public Response copy(@PathParam("id") long id, JsonNode body) {
        Part target = BaseEntity.require(em, Part.class, id);
        FormValues values = FORM.read(body, Form.Mode.CREATE, em);
        Part source = values.entity("part", Part.class, null);
        Row copied = new Row(source.getId(), values.bool("remove_existing", true),
                values.bool("include_inherited", false), values.bool("skip_invalid", false),
                values.bool("copy_substitutes", true));
        boms.copy(target, source, copied.removeExisting(), copied.skipInvalid(), copied.includeInherited(),
                copied.copySubstitutes());
        return Response.status(Response.Status.CREATED).entity(copied).build();
    }
}
