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

    /** A member measured in full: every condition with its reason, and the score split into its parts when eligible. */
    static Candidate score(Capability member, Requirement need, LocalDate today, PriceLevel price, SupplierRecord record) {
        return score(member, need, Eligibility.of(need, today), price, record);
    }

    static Candidate score(Capability member, Requirement need, Eligibility conditions, PriceLevel price, SupplierRecord record) {
        var reasons = conditions.reasons(member);
        boolean eligible = reasons.stream().allMatch(Reason::passed);
        long free = member.kgPerMonth(need.material());
        Double distance = distance(member, need);
        var parts = eligible ? parts(free, need, distance, price, record) : List.<ScorePart>of();
        double score = eligible ? points(member, need, price, record) : 0;
        return new Candidate(member.memberId(), member.legalName(), member.cooperativeName(), member.clusterName(),
                member.kabupaten(), eligible, score, parts, distance, free, List.copyOf(reasons), record);
    }

    /**
     * The score of an eligible member (0–100, to one decimal) without its explanation: what the ranking sorts by, worked
     * out for every eligible member, while the explanation is built only for the members shown.
     */
    static double points(Capability member, Requirement need, PriceLevel price, SupplierRecord record) {
        Double distance = distance(member, need);
        return points(member.kgPerMonth(need.material()), distance == null ? Double.NaN : distance, need, price, record);
    }

    /** The same score from bare figures: free kg per month and the distance in km (NaN when unknown). */
    static double points(long free, double distanceKm, Requirement need, PriceLevel price, SupplierRecord record) {
        return tenths(headroom(free, need.kgPerMonth()), nearness(distanceKm), quality(record), onTime(record),
                priceValue(price.level())) / 10.0;
    }

    /**
     * The score in tenths of a point from the five values (each 0–1): the one sum both the explained score and the
     * ranking's column-wise pass go through, so that both sort and show the same figure.
     */
    static long tenths(double headroom, double near, double quality, double onTime, double price) {
        double sum = 100 * (HEADROOM_WEIGHT * headroom + DISTANCE_WEIGHT * near
                + QUALITY_WEIGHT * quality + ON_TIME_WEIGHT * onTime + PRICE_WEIGHT * price);
        return Math.round(sum * 10);
    }

    /** The distance value for a distance in km, NaN when it is unknown. */
    static double nearness(double distanceKm) {
        return Double.isNaN(distanceKm) ? near(null) : near(distanceKm);
    }

    private static List<ScorePart> parts(long free, Requirement need, @Nullable Double distance, PriceLevel price,
                                         SupplierRecord record) {
        var parts = new ArrayList<ScorePart>(5);
        parts.add(new ScorePart("headroom", HEADROOM_WEIGHT, headroom(free, need),
                Reason.pass("match.score.headroom", free, need.kgPerMonth())));
        parts.add(new ScorePart("distance", DISTANCE_WEIGHT, near(distance), distance == null
                ? Reason.pass("match.score.distanceUnknown")
                : Reason.pass("match.score.distance", Math.round(distance))));
        parts.add(new ScorePart("quality", QUALITY_WEIGHT, quality(record), record.hasQualityRecord()
                ? Reason.pass("match.score.quality", record.defectivePpm(), record.lotsInspected())
                : Reason.pass("match.score.noQualityRecord")));
        // A member without a record is neither rewarded nor punished for it (the middle value).
        parts.add(new ScorePart("onTime", ON_TIME_WEIGHT, onTime(record), record.hasDeliveryRecord()
                ? Reason.pass("match.score.onTime", Math.round(record.onTimeShare() * 100))
                : Reason.pass("match.score.noDeliveryRecord")));
        parts.add(new ScorePart("price", PRICE_WEIGHT, priceValue(price), priceReason(price)));
        return List.copyOf(parts);
    }

    private static double headroom(long free, Requirement need) {
        return headroom(free, need.kgPerMonth());
    }

    static double headroom(long free, long needKg) {
        return needKg == 0 ? 1 : Math.min(1, (double) free / needKg / FULL_HEADROOM);
    }

    private static double near(@Nullable Double distance) {
        return distance == null ? 0.5 : HALF_SCORE_KM / (HALF_SCORE_KM + distance);
    }

    /** Defective parts per million on a log scale: 0 ppm full marks, 100 ppm 0.6, 10,000 ppm 0.2, 100,000 ppm nothing. */
    static double qualityValue(long ppm) {
        return Math.clamp(1 - Math.log10(1 + ppm) / PPM_DECADES, 0, 1);
    }

    static double quality(SupplierRecord record) {
        return record.hasQualityRecord() ? qualityValue(record.defectivePpm()) : 0.5;
    }

    static double onTime(SupplierRecord record) {
        return record.hasDeliveryRecord() ? record.onTimeShare() : 0.5;
    }

    private static double priceValue(PriceLevel price) {
        return priceValue(price.level());
    }

    /** The price value of a level against the median, the middle value for a member without a price. */
    static double priceValue(@Nullable Double level) {
        return level == null ? 0.5 : Math.clamp((1 + PRICE_SPAN - level) / (2 * PRICE_SPAN), 0, 1);
    }

    private static Reason priceReason(PriceLevel price) {
        if (price.level() == null) {
            return Reason.pass("match.score.noPrice");
        }
        double level = price.level();
        if (price.showPercent()) {
            long percent = Math.round((level - 1) * 100);
            return Reason.pass(percent < 0 ? "match.score.priceBelow" : "match.score.priceAbove", Math.abs(percent));
        }
        String band = level < 1 - PRICE_BAND ? "below" : level > 1 + PRICE_BAND ? "above" : "around";
        return Reason.pass("match.score.priceBand." + band);
    }

    /** A member's price against the median (null when it has no price), and whether the viewer may see the percentage. */
    record PriceLevel(@Nullable Double level, boolean showPercent) {
    }

    private static @Nullable Double distance(Capability member, Requirement need) {
        return member.location() == null || need.deliveryPoint() == null ? null
                : member.location().kilometresTo(need.deliveryPoint());
    }
}
