package org.stocktree.common.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.stocktree.users.User;

/** What a new notification must have, and what it keeps. */
class NotificationMessageTest {

    private final User user = new User("someone", "someone@example.com");
    private final ObjectReference part = new ObjectReference("part", 12);

    @Test
    void aNewNotificationIsUnreadAndRemembersItsObjects() {
        OffsetDateTime created = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2));
        NotificationMessage message = new NotificationMessage(user, "part.notify_low_stock", "Low stock", null, part,
                new ObjectReference("user", 3), created);
        assertThat(message.isRead()).isFalse();
        assertThat(message.target()).isEqualTo(part);
        assertThat(message.source()).isEqualTo(new ObjectReference("user", 3));
        assertThat(message.getCreation()).isAtSameInstantAs(created);
        assertThat(message.getCreation().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(message.age(created.plusMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        assertThat(message.age(created.minusMinutes(5))).as("never negative").isEqualTo(Duration.ZERO);
        message.markRead(true);
        assertThat(message.isRead()).isTrue();
        assertThat(new NotificationMessage(user, "c", "n", "m", part, null, created).source()).isNull();
    }

    @Test
    void categoryNameAndTargetAreRequired() {
        OffsetDateTime now = OffsetDateTime.now();
        assertThatThrownBy(() -> new NotificationMessage(user, " ", "n", null, part, null, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationMessage(user, "c", null, null, part, null, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationMessage(user, "c", "n", null, null, null, now))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ObjectReference("", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longTextsAreShortenedToWhatTheColumnsHold() {
        NotificationMessage message = new NotificationMessage(user, "c", "n".repeat(300), "m".repeat(251), part, null,
                OffsetDateTime.now());
        assertThat(message.getName()).hasSize(250).endsWith("…");
        assertThat(message.getMessage()).hasSize(250);
    }
}
