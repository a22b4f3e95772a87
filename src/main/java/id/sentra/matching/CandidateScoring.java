package id.sentra.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.matching.Candidate.ScorePart;
import id.sentra.registry.Capability;

/**
 * The ranking rule. Hard conditions decide eligibility; among eligible members the score weighs
 * capacity headroom, distance to the delivery point, the quality and on-time records and the
 * price level. The price level is the member's price against the median; only those who may see
 * the cooperative's prices get the percentage, others a band (below, around, above the median).
 */
final class CandidateScoring {

    static final double HEADROOM_WEIGHT = 0.30;
    static final double DISTANCE_WEIGHT = 0.20;
    static final double QUALITY_WEIGHT = 0.20;
    static final double ON_TIME_WEIGHT = 0.15;
    static final double PRICE_WEIGHT = 0.15;
    /** A price this far below the median earns the full price score, as far above it none. */
    static final double PRICE_SPAN = 0.3;
    /** Within this distance of the median a price counts as "around the median" for those who see only a band. */
    static final double PRICE_BAND = 0.05;
    /** Decades of PPM over which the quality score falls from full to nothing (1 to 100,000 ppm). */
    static final double PPM_DECADES = 5;
    /** Distance at which the distance score has halved: a day's truck drive in Java is a few hundred km. */
    static final double HALF_SCORE_KM = 250;
    /** Free capacity of three times the need or more earns the full headroom score. */
    static final double FULL_HEADROOM = 3.0;

    private CandidateScoring() {
    }

    static Candidate score(Capability member, Requirement need, LocalDate today, PriceLevel price, SupplierRecord record) {
        var reasons = new ArrayList<Reason>();
        long free = member.kgPerMonth(need.material());
        reasons.add(member.materials().contains(need.material())
                ? Reason.pass("match.material.ok", need.material().messageKey())
                : Reason.fail("match.material.missing", need.material().messageKey()));
        need.processes().forEach(p -> reasons.add(member.processes().contains(p)
                ? Reason.pass("match.process.ok", p.messageKey()) : Reason.fail("match.process.missing", p.messageKey())));
        need.equipment().forEach(e -> reasons.add(member.equipment().contains(e)
                ? Reason.pass("match.equipment.ok", e.messageKey()) : Reason.fail("match.equipment.missing", e.messageKey())));
        need.certifications().forEach(c -> reasons.add(member.holdsValid(c, today)
                ? Reason.pass("match.certification.ok", c.messageKey()) : Reason.fail("match.certification.missing", c.messageKey())));
        reasons.add(free >= need.kgPerMonth()
                ? Reason.pass("match.capacity.ok", free, need.kgPerMonth())
                : Reason.fail("match.capacity.short", free, need.kgPerMonth(), need.kgPerMonth() - free));
        boolean eligible = reasons.stream().allMatch(Reason::passed);
        Double distance = distance(member, need);
        var parts = eligible ? parts(free, need, distance, price, record) : List.<ScorePart>of();
        double score = parts.stream().mapToDouble(ScorePart::points).sum();
        return new Candidate(member.memberId(), member.legalName(), member.cooperativeName(), member.clusterName(),
                member.kabupaten(), eligible, Math.round(score * 10) / 10.0, parts, distance, free, List.copyOf(reasons), record);
    }

    private static List<ScorePart> parts(long free, Requirement need, @Nullable Double distance, PriceLevel price,
                                         SupplierRecord record) {
        double headroom = need.kgPerMonth() == 0 ? 1 : Math.min(1, (double) free / need.kgPerMonth() / FULL_HEADROOM);
        double near = distance == null ? 0.5 : HALF_SCORE_KM / (HALF_SCORE_KM + distance);
        return List.of(
                new ScorePart("headroom", HEADROOM_WEIGHT, headroom,
                        Reason.pass("match.score.headroom", free, need.kgPerMonth())),
                new ScorePart("distance", DISTANCE_WEIGHT, near, distance == null
                        ? Reason.pass("match.score.distanceUnknown")
                        : Reason.pass("match.score.distance", Math.round(distance))),
                qualityScore(record),
                onTimeScore(record),
                priceScore(price));
    }

    /** Defective parts per million on a log scale: 0 ppm full marks, 100 ppm 0.6, 10,000 ppm 0.2, 100,000 ppm nothing. */
    static double qualityValue(long ppm) {
        return Math.clamp(1 - Math.log10(1 + ppm) / PPM_DECADES, 0, 1);
    }

    private static ScorePart qualityScore(SupplierRecord record) {
        // A member without inspected lots is neither rewarded nor punished for it.
        return record.hasQualityRecord()
                ? new ScorePart("quality", QUALITY_WEIGHT, qualityValue(record.defectivePpm()),
                        Reason.pass("match.score.quality", record.defectivePpm(), record.lotsInspected()))
                : new ScorePart("quality", QUALITY_WEIGHT, 0.5, Reason.pass("match.score.noQualityRecord"));
    }

    private static ScorePart onTimeScore(SupplierRecord record) {
        return record.hasDeliveryRecord()
                ? new ScorePart("onTime", ON_TIME_WEIGHT, record.onTimeShare(),
                        Reason.pass("match.score.onTime", Math.round(record.onTimeShare() * 100)))
                : new ScorePart("onTime", ON_TIME_WEIGHT, 0.5, Reason.pass("match.score.noDeliveryRecord"));
    }

    private static ScorePart priceScore(PriceLevel price) {
        if (price.level() == null) {
            return new ScorePart("price", PRICE_WEIGHT, 0.5, Reason.pass("match.score.noPrice"));
        }
        double level = price.level();
        double value = Math.clamp((1 + PRICE_SPAN - level) / (2 * PRICE_SPAN), 0, 1);
        if (price.showPercent()) {
            long percent = Math.round((level - 1) * 100);
            return new ScorePart("price", PRICE_WEIGHT, value, Reason.pass(percent < 0 ? "match.score.priceBelow"
                    : "match.score.priceAbove", Math.abs(percent)));
        }
        String band = level < 1 - PRICE_BAND ? "below" : level > 1 + PRICE_BAND ? "above" : "around";
        return new ScorePart("price", PRICE_WEIGHT, value, Reason.pass("match.score.priceBand." + band));
    }

    /** A member's price against the median (null when it has no price), and whether the viewer may see the percentage. */
    record PriceLevel(@Nullable Double level, boolean showPercent) {
    }

    private static @Nullable Double distance(Capability member, Requirement need) {
        return member.location() == null || need.deliveryPoint() == null ? null
                : member.location().kilometresTo(need.deliveryPoint());
    }
}
