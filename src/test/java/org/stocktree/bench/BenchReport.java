package org.stocktree.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.stocktree.bench.BenchRun.Result;

/** The benchmark's report: a Markdown table with each result's ratios to its floors, the targets, and a PNG chart. */
final class BenchReport {

    static final double LIST_P95_TARGET_MS = 50;
    static final double FLOOR_RATIO_TARGET = 3;
    static final double TRANSFER_TARGET_MS = 2000;

    private final List<Result> results;
    private final List<String> notes;

    BenchReport(List<Result> results, List<String> notes) {
        this.results = results;
        this.notes = notes;
    }

    Optional<Result> result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    double httpFloorP95() {
        return result(Scenarios.HTTP_FLOOR).map(r -> r.app().p95()).orElse(Double.NaN);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| Scenario | Clients | Calls | Calls/s | p50 ms | p95 ms | p99 ms | SQL/call | Rows read/call"
                + " | Rows written/call | DB floor p95 ms | DB floor SQL | DB floor rows read | p95 / DB floor"
                + " | p95 / HTTP floor | Errors |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %d |%n",
                    r.name(), r.clients(), r.app().count(), number(r.app().perSecond()), number(r.app().p50()),
                    number(r.app().p95()), number(r.app().p99()), r.statements(), number(r.rows().read()),
                    number(r.rows().written()), number(r.floor().p95()),
                    r.floor() == Latencies.NONE ? "" : String.valueOf(r.floorStatements()),
                    number(r.floorRows().read()), ratio(r.app().p95(), r.floor().p95()),
                    ratio(r.app().p95(), httpFloorP95()), r.app().errors() + r.floor().errors()));
        }
        md.append("\nRequests:\n\n");
        results.forEach(r -> md.append("- ").append(r.name()).append(": `").append(r.request()).append("`\n"));
        md.append("\nTargets:\n\n");
        targets().forEach(line -> md.append("- ").append(line).append('\n'));
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        return md.toString();
    }

    /** Each target of the issue, met or missed, with the number it was judged on. */
    List<String> targets() {
        List<String> lines = new ArrayList<>();
        result("part list, limit 100").ifPresent(r -> lines.add(mark(r.app().p95() < LIST_P95_TARGET_MS)
                + String.format(Locale.ROOT, " part list, limit 100: p95 %s ms with %d clients (target < 50 ms)",
                        number(r.app().p95()), r.clients())));
        List<String> above = results.stream().filter(r -> r.app().p95() > FLOOR_RATIO_TARGET * r.floor().p95())
                .map(r -> r.name() + " " + ratio(r.app().p95(), r.floor().p95())).toList();
        lines.add(mark(above.isEmpty()) + " no scenario above 3x its DB floor (p95)"
                + (above.isEmpty() ? "" : ": above are " + String.join(", ", above)));
        List<Long> counts = results.stream().filter(r -> r.name().startsWith("part list, limit "))
                .map(Result::statements).toList();
        lines.add(mark(counts.stream().distinct().count() == 1)
                + " statement counts independent of page size: part list at limit 25, 100, 1000 ran " + counts);
        results.stream().filter(r -> r.name().startsWith("transfer of ")).findFirst().ifPresent(r -> lines.add(
                mark(r.app().p95() < TRANSFER_TARGET_MS) + " " + r.name() + ": p95 " + number(r.app().p95())
                        + " ms (target < 2000 ms)"));
        return lines;
    }

    /** A horizontal bar per scenario, log scale: its p95, its DB floor's p95, and a line at the HTTP floor. */
    BufferedImage chart() {
        int rowHeight = 30;
        int left = 300;
        int width = 1100;
        int height = 70 + rowHeight * results.size();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double max = results.stream().mapToDouble(r -> r.app().p95()).filter(v -> !Double.isNaN(v)).max().orElse(1);
        double low = 0.1;
        double high = Math.pow(10, Math.ceil(Math.log10(Math.max(max, 1))));
        int plot = width - left - 30;
        java.util.function.DoubleToIntFunction x = ms -> left
                + (int) (plot * (Math.log10(Math.max(ms, low)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)));
        g.setColor(Color.LIGHT_GRAY);
        for (double tick = low; tick <= high; tick *= 10) {
            g.drawLine(x.applyAsInt(tick), 30, x.applyAsInt(tick), height - 30);
            g.drawString(number(tick) + " ms", x.applyAsInt(tick) - 12, height - 12);
        }
        g.setColor(Color.BLACK);
        g.drawString("p95 latency (log scale): blue = Stocktree, grey = its SQL straight on PostgreSQL (DB floor),"
                + " red line = HTTP floor", left, 18);
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            int y = 35 + i * rowHeight;
            g.setColor(Color.BLACK);
            g.drawString(r.name(), 10, y + 16);
            bar(g, x, r.app().p95(), y + 2, 12, new Color(0x3b6fb6));
            bar(g, x, r.floor().p95(), y + 15, 8, Color.GRAY);
            if (!Double.isNaN(r.app().p95())) {
                g.setColor(Color.BLACK);
                g.drawString(number(r.app().p95()), x.applyAsInt(r.app().p95()) + 4, y + 13);
            }
        }
        double http = httpFloorP95();
        if (!Double.isNaN(http)) {
            g.setColor(Color.RED);
            g.setStroke(new BasicStroke(2));
            g.drawLine(x.applyAsInt(http), 30, x.applyAsInt(http), height - 30);
        }
        g.dispose();
        return image;
    }

    private static void bar(Graphics2D g, java.util.function.DoubleToIntFunction x, double ms, int y, int h, Color color) {
        if (Double.isNaN(ms)) {
            return;
        }
        g.setColor(color);
        int start = x.applyAsInt(0.1);
        g.fillRect(start, y, Math.max(1, x.applyAsInt(ms) - start), h);
    }

    /** Writes report.md and report.png into {@code folder}; answers the Markdown file. */
    Path write(Path folder, String heading) throws IOException {
        Files.createDirectories(folder);
        Path markdown = folder.resolve("report.md");
        Files.writeString(markdown, "# " + heading + "\n\n![p95 latencies](report.png)\n\n" + markdown());
        ImageIO.write(chart(), "png", folder.resolve("report.png").toFile());
        return markdown;
    }

    static String ratio(double value, double floor) {
        double ratio = Latencies.ratio(value, floor);
        return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.1fx", ratio);
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String mark(boolean met) {
        return met ? "met:" : "**missed**:";
    }
}
