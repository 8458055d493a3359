package org.stocktree.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubtreeSizesTest {

    @Test
    void eachPathCountsForEveryNodeAboveItAndNotForItself() {
        Map<String, Long> below = SubtreeSizes.counted(List.of("/1/", "/1/5/", "/1/5/9/", "/1/6/", "/2/", "/2/7/"));

        assertThat(below).containsExactlyInAnyOrderEntriesOf(Map.of("/1/", 3L, "/1/5/", 1L, "/2/", 1L));
    }

    @Test
    void aNodeWithNothingBelowCountsNone() {
        assertThat(SubtreeSizes.counted(List.of("/1/5/9/")).get("/1/5/9/")).isNull();
    }
}
