package id.sentra.quality.scorecard;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sentra.quality.Characteristic;
import id.sentra.quality.LotInspection;
import id.sentra.quality.Specifications;
import id.sentra.quality.spc.SpecLimits;

/**
 * The drawing's limits of a measured characteristic: the product specification of the work order's contract
 * line (the cooperative's specification for the buyer's part number), in the revision in force on the day of
 * the inspection.
 */
@Component
class DrawingLimits {

    private final JdbcClient jdbc;
    private final Specifications specifications;

    DrawingLimits(JdbcClient jdbc, Specifications specifications) {
        this.jdbc = jdbc;
        this.specifications = specifications;
    }

    Optional<Characteristic> characteristic(LotInspection inspection, String name) {
        return jdbc.sql("""
                select w.cooperative_id, c.buyer_id, l.buyer_part_number from work_order w
                join contract c on c.id = w.contract_id
                join contract_line l on l.contract_id = w.contract_id and l.line_no = w.line_no
                where w.id = :id""").param("id", inspection.workOrderId())
                .query((rs, i) -> specifications.specificationForPart(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional().flatMap(s -> s)
                .flatMap(spec -> spec.inForceOn(inspection.inspectedOn()))
                .flatMap(revision -> revision.content().characteristic(name));
    }

    /** The limits all these lots were judged against; none where they differ (a capability against mixed limits means nothing). */
    @Nullable SpecLimits common(Collection<LotInspection> firstInspections, String name) {
        var limits = new HashSet<Optional<id.sentra.quality.Limits>>();
        for (var inspection : firstInspections) {
            limits.add(characteristic(inspection, name).map(Characteristic::limits));
            if (limits.size() > 1) {
                return null;
            }
        }
        return limits.stream().findFirst().flatMap(l -> l).map(HeatCharts::spec).orElse(null);
    }
}
