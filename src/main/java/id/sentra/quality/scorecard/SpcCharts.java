package id.sentra.quality.scorecard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.security.SentraUser;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.LotInspection;
import id.sentra.quality.ProductionRecords;
import id.sentra.quality.Specifications;

/**
 * Control charts of one member, or pooled over a cooperative: individuals charts of the heats (chemistry, CE,
 * tensile, hardness) of one grade at a time, and X̄ charts of the characteristics measured at inspection.
 */
@Service
public class SpcCharts {

    /**
     * The pooled cooperative charts draw on the latest this many heats and inspections of the twelve months: a
     * cooperative of 200 members melts 20,000 heats a year, more than a chart can show or a page can read quickly.
     */
    static final int POOLED_SAMPLE = 2_000;

    private final ScorecardAccess access;
    private final ProductionRecords production;
    private final InspectionHistory inspections;
    private final DrawingLimits drawings;
    private final Specifications specifications;
    private final Clock clock;

    SpcCharts(ScorecardAccess access, ProductionRecords production, InspectionHistory inspections, DrawingLimits drawings,
              Specifications specifications, Clock clock) {
        this.access = access;
        this.production = production;
        this.inspections = inspections;
        this.drawings = drawings;
        this.specifications = specifications;
        this.clock = clock;
    }

    /** What a chart page offers and shows: the characteristics and grades to choose from, and the chosen chart. */
    public record ChartPage(long cooperativeId, List<String> keys, List<String> grades, @Nullable String grade,
                            @Nullable ChartView chart) {
    }

    /** The periods a chart page offers, in months up to the current one; the scorecard's twelve is the default. */
    public static final List<Integer> PERIODS = List.of(3, 6, Window.MONTHS);

    /** The period asked for if it is offered, else the default twelve months. */
    public static int period(@Nullable Integer months) {
        return months != null && PERIODS.contains(months) ? months : Window.MONTHS;
    }

    @Transactional(readOnly = true)
    public ChartPage ofMember(SentraUser user, long memberId, @Nullable String key, @Nullable String grade) {
        return ofMember(user, memberId, key, grade, Window.MONTHS);
    }

    /** A member's charts over the last {@code months} months (see {@link #PERIODS}). */
    @Transactional(readOnly = true)
    public ChartPage ofMember(SentraUser user, long memberId, @Nullable String key, @Nullable String grade, int months) {
        long cooperative = access.requireFull(user, memberId);
        var current = YearMonth.now(clock);
        var from = Window.first(current, period(months));
        var heats = production.heatsOfMember(user, memberId, from);
        var inspected = inspections.ofMember(memberId, current).stream().filter(i -> !i.inspectedOn().isBefore(from)).toList();
        return page(cooperative, heats, inspected, key, grade);
    }

    @Transactional(readOnly = true)
    public ChartPage ofCooperative(SentraUser user, long cooperativeId, @Nullable String key, @Nullable String grade) {
        return ofCooperative(user, cooperativeId, key, grade, Window.MONTHS);
    }

    /** A cooperative's pooled charts over the last {@code months} months, from at most {@link #POOLED_SAMPLE} heats and inspections. */
    @Transactional(readOnly = true)
    public ChartPage ofCooperative(SentraUser user, long cooperativeId, @Nullable String key, @Nullable String grade, int months) {
        access.requireCooperative(user, cooperativeId);
        var current = YearMonth.now(clock);
        var from = Window.first(current, period(months));
        var heats = production.heatsOfCooperative(user, cooperativeId, from, POOLED_SAMPLE);
        return page(cooperativeId, heats, inspections.latestOfCooperative(cooperativeId, current, from, POOLED_SAMPLE), key, grade);
    }

    private ChartPage page(long cooperative, List<HeatRecord> heats, List<LotInspection> inspected,
                           @Nullable String key, @Nullable String grade) {
        var grades = byFrequency(heats);
        String chosenGrade = grade != null && grades.contains(grade) ? grade : grades.stream().findFirst().orElse(null);
        var ofGrade = heats.stream().filter(h -> h.gradeCode().equals(chosenGrade)).toList();
        var keys = new ArrayList<>(HeatCharts.keys(ofGrade));
        var firsts = InspectionTally.firstPerLot(inspected).values();
        keys.addAll(LotCharts.keys(firsts));
        String chosen = key != null && keys.contains(key) ? key : keys.stream().findFirst().orElse(null);
        ChartView chart = null;
        if (chosen != null && chosen.startsWith(LotCharts.PREFIX)) {
            chart = LotCharts.chart(firsts, chosen, drawings.common(firsts, chosen.substring(LotCharts.PREFIX.length())));
        } else if (chosen != null && chosenGrade != null) {
            chart = HeatCharts.chart(ofGrade, chosen, specifications.grade(chosenGrade));
        }
        return new ChartPage(cooperative, keys, grades, chosenGrade, chart);
    }

    /** The grades melted, the most melted first: the default chart is of the member's main grade. */
    private static List<String> byFrequency(List<HeatRecord> heats) {
        Map<String, Long> counts = heats.stream().collect(Collectors.groupingBy(HeatRecord::gradeCode, Collectors.counting()));
        return counts.keySet().stream().sorted(Comparator.comparing((Function<String, Long>) counts::get).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }
}
