package org.stocktree.common.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ages in the words of Django's naturaltime, which InvenTree clients show as they are. */
class HumanAgeTest {

    @Test
    void underADayCountsTheLargestUnit() {
        assertThat(HumanAge.of(Duration.ZERO)).isEqualTo("now");
        assertThat(HumanAge.of(Duration.ofSeconds(-5))).as("clocks a little apart").isEqualTo("now");
        assertThat(HumanAge.of(Duration.ofSeconds(1))).isEqualTo("a second ago");
        assertThat(HumanAge.of(Duration.ofSeconds(59))).isEqualTo("59 seconds ago");
        assertThat(HumanAge.of(Duration.ofSeconds(60))).isEqualTo("a minute ago");
        assertThat(HumanAge.of(Duration.ofMinutes(59))).isEqualTo("59 minutes ago");
        assertThat(HumanAge.of(Duration.ofMinutes(60))).isEqualTo("an hour ago");
        assertThat(HumanAge.of(Duration.ofHours(23).plusMinutes(59))).isEqualTo("23 hours ago");
    }

    @Test
    void fromADayOnTwoAdjacentUnits() {
        assertThat(HumanAge.of(Duration.ofDays(1))).isEqualTo("1 day ago");
        assertThat(HumanAge.of(Duration.ofDays(1).plusHours(3))).isEqualTo("1 day, 3 hours ago");
        assertThat(HumanAge.of(Duration.ofDays(9).plusHours(3))).isEqualTo("1 week, 2 days ago");
        assertThat(HumanAge.of(Duration.ofDays(14))).isEqualTo("2 weeks ago");
        assertThat(HumanAge.of(Duration.ofDays(45))).isEqualTo("1 month, 2 weeks ago");
        assertThat(HumanAge.of(Duration.ofDays(400))).isEqualTo("1 year, 1 month ago");
    }
}
