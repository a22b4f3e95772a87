package id.sentra.quality.scorecard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspection;

/** Builds a member's scorecard for a person allowed to see it (see {@link ScorecardAccess}). */
@Service
public class Scorecards {

    private final ScorecardAccess access;
    private final InspectionHistory inspections;
    private final WorkOrderDeliveries deliveries;
    private final MemberLots lots;
    private final DrawingLimits drawings;
    private final Clock clock;

    Scorecards(ScorecardAccess access, InspectionHistory inspections, WorkOrderDeliveries deliveries, MemberLots lots,
               DrawingLimits drawings, Clock clock) {
        this.access = access;
        this.inspections = inspections;
        this.deliveries = deliveries;
        this.lots = lots;
        this.drawings = drawings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Scorecard of(SentraUser user, long memberId) {
        boolean full = access.requireSummaryOrFull(user, memberId);
        var current = YearMonth.now(clock);
        var inspected = inspections.ofMember(memberId, current);
        var byMonth = deliveries.byMonth(memberId, current);
        var delivery = byMonth.values().stream().reduce(DeliveryTally.NONE, DeliveryTally::plus);
        return new Scorecard(memberId, access.memberName(memberId), access.cooperativeOf(memberId), full, current,
                InspectionTally.of(inspected), rejectedLotPpm(inspected, lots.pieces(memberId, current)), delivery,
                keyCapabilities(inspected), full ? lots.scrap(memberId, current) : null, trend(inspected, byMonth));
    }

    /** Good pieces of the lots whose standing disposition is REJECT, per million pieces of inspected lots. */
    static @Nullable Long rejectedLotPpm(List<LotInspection> inspected, Map<Long, Integer> piecesPerLot) {
        long pieces = 0;
        long rejected = 0;
        for (var latest : InspectionTally.latestPerLot(inspected).values()) {
            int lotPieces = piecesPerLot.getOrDefault(latest.lotId(), 0);
            pieces += lotPieces;
            rejected += latest.standing() == Disposition.REJECT ? lotPieces : 0;
        }
        return pieces == 0 ? null : Math.round(rejected * 1_000_000.0 / pieces);
    }

    private List<Scorecard.KeyCapability> keyCapabilities(List<LotInspection> inspected) {
        var firsts = InspectionTally.firstPerLot(inspected).values();
        var result = new ArrayList<Scorecard.KeyCapability>();
        for (String key : LotCharts.keys(firsts)) {
            String name = key.substring(LotCharts.PREFIX.length());
            boolean isKey = firsts.stream().reduce((a, b) -> b)
                    .flatMap(latest -> drawings.characteristic(latest, name)).map(c -> c.key()).orElse(false);
            if (isKey) {
                var view = LotCharts.chart(firsts, key, drawings.common(firsts, name));
                result.add(new Scorecard.KeyCapability(name, view.pointLabels().size(), view.capability()));
            }
        }
        return result;
    }

    private static List<Scorecard.Month> trend(List<LotInspection> inspected, Map<YearMonth, DeliveryTally> delivery) {
        Map<YearMonth, InspectionTally> quality = InspectionTally.firstPerLot(inspected).values().stream()
                .collect(Collectors.groupingBy(i -> YearMonth.from(i.inspectedOn()),
                        Collectors.collectingAndThen(Collectors.toList(), InspectionTally::of)));
        return delivery.entrySet().stream().map(e -> {
            var q = quality.getOrDefault(e.getKey(), InspectionTally.NONE);
            return new Scorecard.Month(e.getKey(), q.defectivePpm().isPresent() ? q.defectivePpm().getAsLong() : null,
                    e.getValue().share().isPresent() ? e.getValue().share().getAsDouble() : null,
                    q.firstTime().share().isPresent() ? q.firstTime().share().getAsDouble() : null);
        }).toList();
    }
}
