package org.stocktree.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Path templates become patterns that match request paths as JAX-RS would. */
class EndpointCatalogTest {

    @Path("thing")
    static class ThingResource {
        static final Form FORM = Form.of("Thing", "Things.", "thing", FormField.text("name", 5));

        @GET
        public Object list() {
            return null;
        }

        @POST
        @Submits
        public Object create() {
            return null;
        }

        @GET
        @Path("{id: [0-9]+}")
        public Object detail() {
            return null;
        }

        @PUT
        @Path("{id: [0-9]+}/")
        public Object replace() {
            return null;
        }

        @GET
        @Path("{key}/history")
        public Object history() {
            return null;
        }
    }

    @Test
    void groupsMethodsByTemplate() {
        List<EndpointCatalog.Endpoint> endpoints = EndpointCatalog.endpointsOf(ThingResource.class);
        assertThat(endpoints).extracting(EndpointCatalog.Endpoint::template)
                .containsExactlyInAnyOrder("thing", "thing/{id: [0-9]+}", "thing/{key}/history");
        EndpointCatalog.Endpoint list = endpoints.stream().filter(e -> e.template().equals("thing")).findFirst()
                .orElseThrow();
        assertThat(list.methods()).containsOnlyKeys("GET", "POST");
        assertThat(list.isDetail()).isFalse();
        assertThat(list.formOf("POST")).contains(ThingResource.FORM);
        assertThat(list.formOf("GET")).isEmpty();
    }

    @Test
    void templatesMatchOnlyWhatTheirParametersAllow() {
        assertThat(EndpointCatalog.patternOf("thing/{id: [0-9]+}").matcher("thing/12").matches()).isTrue();
        assertThat(EndpointCatalog.patternOf("thing/{id: [0-9]+}").matcher("thing/tree").matches()).isFalse();
        assertThat(EndpointCatalog.patternOf("thing/{key}/history").matcher("thing/A.B/history").matches()).isTrue();
        assertThat(EndpointCatalog.patternOf("a.b/{x: [a-z]{2}}").matcher("a.b/ab").matches()).isTrue();
        assertThat(EndpointCatalog.patternOf("a.b").matcher("aXb").matches()).isFalse();
    }
}
