package org.stocktree.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.PageRequest;
import org.stocktree.platform.rest.QueryFilters;

/**
 * {@code /api/contenttype/}: the model types, as InvenTree's content types. Served from the
 * registry in memory: the catalogue is small and changes only with a new version.
 */
@Path("contenttype")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentTypeResource {

    record Row(long pk, @JsonProperty("app_label") String appLabel, String model,
            @JsonProperty("app_labeled_name") String appLabeledName, @JsonProperty("is_plugin") boolean isPlugin) {
        static Row of(ContentTypes.Entry entry) {
            return new Row(entry.id(), entry.appLabel(), entry.model(), entry.appLabeledName(), false);
        }
    }

    private static final Map<String, Comparator<ContentTypes.Entry>> ORDERING = Map.of(
            "pk", Comparator.comparingLong(ContentTypes.Entry::id),
            "id", Comparator.comparingLong(ContentTypes.Entry::id),
            "app_label", Comparator.comparing(ContentTypes.Entry::appLabel),
            "model", Comparator.comparing(ContentTypes.Entry::model));

    @Inject
    ContentTypes contentTypes;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        Stream<ContentTypes.Entry> entries = contentTypes.all().stream();
        SearchTerms search = QueryFilters.of(uri).search();
        if (!search.isEmpty()) {
            entries = entries.filter(entry -> search.test(List.of(entry.appLabel(), entry.model())));
        }
        List<ContentTypes.Entry> matching = entries.sorted(order(ordering)).toList();
        PageRequest page = PageRequest.from(uri);
        int from = Math.min(page.offset(), matching.size());
        int to = page.paged() ? Math.min(matching.size(), from + page.limit()) : matching.size();
        return Page.body(uri, page, matching.size(), matching.subList(from, to).stream().map(Row::of).toList());
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Row detail(@PathParam("id") long id) {
        return contentTypes.byId(id).map(Row::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("model/{model}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Row byModel(@PathParam("model") String model) {
        return contentTypes.byModel(model).map(Row::of).orElseThrow(NotFoundException::new);
    }

    /** Django REST Framework's ordering: named fields in turn, {@code -} for descending; then by id. */
    private static Comparator<ContentTypes.Entry> order(String ordering) {
        List<Comparator<ContentTypes.Entry>> parts = new ArrayList<>();
        if (ordering != null) {
            for (String part : ordering.split(",")) {
                String name = part.strip();
                boolean descending = name.startsWith("-");
                Comparator<ContentTypes.Entry> field = ORDERING.get(descending ? name.substring(1) : name);
                if (field != null) {
                    parts.add(descending ? field.reversed() : field);
                }
            }
        }
        parts.add(Comparator.comparingLong(ContentTypes.Entry::id));
        return parts.stream().reduce(Comparator::thenComparing).orElseThrow();
    }
}
