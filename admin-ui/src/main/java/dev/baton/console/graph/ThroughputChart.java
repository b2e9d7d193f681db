package dev.baton.console.graph;

import dev.baton.console.format.Html;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dashboard's chart of the last hour: one bar per minute, completed processes in green with failed ones
 * stacked on top in red, a scale on the left and a time axis every ten minutes, in the console's zone.
 */
public final class ThroughputChart {

    /** One minute's counts. */
    public record Bar(Instant minute, long completed, long failed) {
    }

    static final int WIDTH = 760;
    static final int HEIGHT = 190;
    private static final int LEFT = 44;
    private static final int BOTTOM = 24;
    private static final int TOP = 10;

    private ThroughputChart() {
    }

    public static String render(List<Bar> bars, ZoneId zone) {
        long peak = bars.stream().mapToLong(b -> b.completed() + b.failed()).max().orElse(0);
        long scale = 4 * niceCeiling((Math.max(peak, 4) + 3) / 4);
        int plotWidth = WIDTH - LEFT - 8;
        int plotHeight = HEIGHT - BOTTOM - TOP;
        double slot = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"throughput\" role=\"img\" aria-label=\"Completions per minute, last hour\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        for (int i = 0; i <= 4; i++) {
            int y = TOP + plotHeight - plotHeight * i / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 8).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#e2e8f0\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" class=\"axis\">").append(scale * i / 4).append("</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = LEFT + i * slot + 1;
            double w = Math.max(1, slot - 2);
            int completedHeight = (int) Math.round((double) plotHeight * bar.completed() / scale);
            int failedHeight = (int) Math.round((double) plotHeight * bar.failed() / scale);
            int base = TOP + plotHeight;
            String title = clock.format(bar.minute()) + ": " + bar.completed() + " completed, " + bar.failed() + " failed";
            svg.append("<g><title>").append(Html.escape(title)).append("</title>");
            if (completedHeight > 0) {
                svg.append(rect(x, base - completedHeight, w, completedHeight, "#22c55e"));
            }
            if (failedHeight > 0) {
                svg.append(rect(x, base - completedHeight - failedHeight, w, failedHeight, "#ef4444"));
            }
            svg.append("</g>");
            if (i % 10 == 0 || i == bars.size() - 1) {
                svg.append("<text x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", x + w / 2)).append("\" y=\"")
                        .append(HEIGHT - 6).append("\" text-anchor=\"middle\" class=\"axis\">")
                        .append(Html.escape(clock.format(bar.minute()))).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String rect(double x, double y, double w, double h, String colour) {
        return String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x, y, w, h, colour);
    }

    /** 1, 2, 5 times a power of ten, at least {@code value}. */
    static long niceCeiling(long value) {
        long power = 1;
        while (power * 10 < value) {
            power *= 10;
        }
        for (long step : new long[]{1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
