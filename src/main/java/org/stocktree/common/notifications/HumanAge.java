package org.stocktree.common.notifications;

import java.time.Duration;

/**
 * An age as people say it, in the words of Django's {@code naturaltime} that InvenTree clients
 * show: "now", "a minute ago", "3 hours ago", "2 days, 4 hours ago".
 */
final class HumanAge {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    /** Calendar-free units, largest first, as Django's {@code timesince} counts them. */
    private static final long[] SPANS = {365 * DAY, 30 * DAY, 7 * DAY, DAY, HOUR, MINUTE};
    private static final String[] NAMES = {"year", "month", "week", "day", "hour", "minute"};

    private HumanAge() {
    }

    static String of(Duration age) {
        long seconds = Math.max(0, age.getSeconds());
        if (seconds == 0) {
            return "now";
        }
        if (seconds < MINUTE) {
            return seconds == 1 ? "a second ago" : seconds + " seconds ago";
        }
        if (seconds < HOUR) {
            long minutes = seconds / MINUTE;
            return minutes == 1 ? "a minute ago" : minutes + " minutes ago";
        }
        if (seconds < DAY) {
            long hours = seconds / HOUR;
            return hours == 1 ? "an hour ago" : hours + " hours ago";
        }
        return since(seconds) + " ago";
    }

    /** The largest unit, and the next smaller one when it is not zero: "1 week, 2 days". */
    private static String since(long seconds) {
        for (int i = 0; i < SPANS.length; i++) {
            long count = seconds / SPANS[i];
            if (count > 0) {
                String text = count(count, NAMES[i]);
                if (i + 1 < SPANS.length) {
                    long next = (seconds - count * SPANS[i]) / SPANS[i + 1];
                    if (next > 0) {
                        text += ", " + count(next, NAMES[i + 1]);
                    }
                }
                return text;
            }
        }
        return "0 minutes";
    }

    private static String count(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
