package org.stocktree.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.resteasy.specimpl.ResteasyUriInfo;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void withoutALimitTheAnswerIsThePlainList() {
        ResteasyUriInfo uri = new ResteasyUriInfo("http://host/api/x/?search=a", "/api");
        PageRequest request = PageRequest.from(uri);
        assertThat(request.paged()).isFalse();
        assertThat(Page.body(uri, request, 2, List.of("a", "b"))).isEqualTo(List.of("a", "b"));
    }

    @Test
    void pagedAnswersLinkToTheNeighbouringPagesKeepingOtherParameters() {
        ResteasyUriInfo uri = new ResteasyUriInfo("http://host/api/x/?search=a&limit=2&offset=2", "/api");
        PageRequest request = PageRequest.from(uri);
        assertThat(request).isEqualTo(new PageRequest(2, 2));
        Page<?> page = (Page<?>) Page.body(uri, request, 5, List.of("c", "d"));
        assertThat(page.count()).isEqualTo(5);
        assertThat(page.next()).isEqualTo("http://host/api/x/?search=a&limit=2&offset=4");
        assertThat(page.previous()).isEqualTo("http://host/api/x/?search=a&limit=2");
        assertThat(page.results()).isEqualTo(List.of("c", "d"));
    }

    @Test
    void theLastPageHasNoNextAndTheFirstNoPrevious() {
        ResteasyUriInfo uri = new ResteasyUriInfo("http://host/api/x/?limit=10", "/api");
        Page<?> page = (Page<?>) Page.body(uri, PageRequest.from(uri), 3, List.of(1, 2, 3));
        assertThat(page.next()).isNull();
        assertThat(page.previous()).isNull();
    }

    @Test
    void limitsAndOffsetsThatAreNotNumbersAreIgnored() {
        assertThat(PageRequest.from(new ResteasyUriInfo("http://host/api/x/?limit=abc&offset=-1", "/api")))
                .isEqualTo(PageRequest.UNPAGED);
    }
}
