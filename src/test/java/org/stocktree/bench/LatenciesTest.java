package org.stocktree.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.stocktree.bench.BenchRun.Result;
import org.stocktree.bench.BenchRun.Rows;

class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesTakeTheNearestRank() {
        long[] hundred = LongStream.rangeClosed(1, 100).map(ms -> ms * MS).toArray();
        Latencies latencies = Latencies.of(hundred, 0, 2.0);
        assertEquals(50, latencies.p50());
        assertEquals(95, latencies.p95());
        assertEquals(99, latencies.p99());
        assertEquals(50, latencies.perSecond());
    }

    @Test
    void percentilesOfFewValuesAreValuesThatOccurred() {
        long[] three = {30 * MS, 10 * MS, 20 * MS};
        Latencies latencies = Latencies.of(three, 1, 1.0);
        assertEquals(20, latencies.p50());
        assertEquals(30, latencies.p95());
        assertEquals(30, latencies.p99());
        assertEquals(1, latencies.errors());
        assertEquals(1, Latencies.percentile(new long[] {1}, 50));
    }

    @Test
    void noCallsGiveNoPercentiles() {
        Latencies latencies = Latencies.of(new long[0], 4, 1.0);
        assertTrue(Double.isNaN(latencies.p95()));
        assertEquals(4, latencies.errors());
    }

    @Test
    void ratiosNeedBothNumbers() {
        assertEquals(2.5, Latencies.ratio(25, 10));
        assertTrue(Double.isNaN(Latencies.ratio(25, 0)));
        assertTrue(Double.isNaN(Latencies.ratio(Double.NaN, 10)));
        assertEquals("2.5x", BenchReport.ratio(25, 10));
        assertEquals("", BenchReport.ratio(25, Double.NaN));
    }

    @Test
    void theReportJudgesEachTarget() {
        Latencies fast = Latencies.of(new long[] {10 * MS}, 0, 1);
        Latencies slow = Latencies.of(new long[] {80 * MS}, 0, 1);
        Rows rows = new Rows(1, 0);
        BenchReport report = new BenchReport(List.of(
                new Result(Scenarios.HTTP_FLOOR, "GET /api/system/health/", 8, fast, 0, rows, Latencies.NONE, 0, Rows.UNKNOWN),
                new Result("part list, limit 25", "GET /api/part/?limit=25", 8, fast, 6, rows, fast, 2, rows),
                new Result("part list, limit 100", "GET /api/part/?limit=100", 8, slow, 6, rows, fast, 2, rows),
                new Result("part list, limit 1000", "GET /api/part/?limit=1000", 8, slow, 7, rows, slow, 2, rows)),
                List.of("a note"));
        List<String> targets = report.targets();
        assertEquals("**missed**: part list, limit 100: p95 80.0 ms with 8 clients (target < 50 ms)", targets.get(0));
        assertEquals("**missed**: no scenario above 3x its DB floor (p95): above are part list, limit 100 8.0x", targets.get(1));
        assertEquals("**missed**: statement counts independent of page size: part list at limit 25, 100, 1000 ran [6, 6, 7]",
                targets.get(2));
        String markdown = report.markdown();
        assertTrue(markdown.contains("| part list, limit 100 | 8 | 1 | 1.00 | 80.0 | 80.0 | 80.0 | 6 | 1.00 | 0.00 | 10.0 | 2 | 1.00 | 8.0x | 8.0x | 0 |"),
                markdown);
        assertTrue(markdown.contains("- a note"));
        assertEquals(70 + 30 * 4, report.chart().getHeight());
    }
}
