package dev.baton.console.graph;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThroughputChartTest {

    @Test
    void theScaleIsFourEvenStepsAboveThePeakAndEveryMinuteHasABarWithItsCountsAsTooltip() {
        List<ThroughputChart.Bar> bars = new ArrayList<>();
        Instant start = Instant.parse("2026-12-02T12:00:00Z");
        for (int i = 0; i < 60; i++) {
            bars.add(new ThroughputChart.Bar(start.plusSeconds(60L * i), i == 30 ? 5 : 1, i == 30 ? 2 : 0));
        }
        String svg = ThroughputChart.render(bars, ZoneId.of("UTC"));
        assertEquals(60, svg.split("<g>", -1).length - 1);
        assertTrue(svg.contains("12:30: 5 completed, 2 failed"), svg);
        assertTrue(svg.contains(">8</text>") && svg.contains(">4</text>") && svg.contains(">2</text>"), "0, 2, 4, 6, 8");
        assertTrue(svg.contains(">12:00</text>") && svg.contains(">12:50</text>"), "a time label every ten minutes");
    }

    @Test
    void niceCeilingsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, ThroughputChart.niceCeiling(1));
        assertEquals(2, ThroughputChart.niceCeiling(2));
        assertEquals(5, ThroughputChart.niceCeiling(3));
        assertEquals(10, ThroughputChart.niceCeiling(7));
        assertEquals(200, ThroughputChart.niceCeiling(101));
        assertEquals(5000, ThroughputChart.niceCeiling(2001));
    }
}
