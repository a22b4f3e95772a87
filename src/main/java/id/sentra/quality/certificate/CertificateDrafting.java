package id.sentra.quality.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Element;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.Limits;
import id.sentra.quality.LotInspection;
import id.sentra.quality.LotRecord;
import id.sentra.quality.ProductionRecords;
import id.sentra.quality.TensileMinimum;
import id.sentra.quality.certificate.CertificateContent.HeatResult;
import id.sentra.quality.certificate.CertificateContent.Result;
import id.sentra.quality.trace.LotTrace;

/**
 * Writes a certificate's content from the records as they stand at issue: the lot traced back, each heat's
 * readings and mechanical results beside the limits in force, and the inspection that accepted the lot.
 */
@Component
class CertificateDrafting {

    private final ProductionRecords production;
    private final OrderLine orderLines;
    private final LimitsLookup limits;

    CertificateDrafting(ProductionRecords production, OrderLine orderLines, LimitsLookup limits) {
        this.production = production;
        this.orderLines = orderLines;
        this.limits = limits;
    }

    CertificateContent draft(SentraUser user, LotTrace lot, LotInspection inspection, String number, String verifyUrl,
                             LocalDate issuedOn) {
        var origin = lot.origin();
        var line = orderLines.ofWorkOrder(origin.workOrderId()).orElseThrow();
        var heats = lot.heats().stream().map(h -> production.heat(user, h.id())).toList();
        String grade = line.grade() != null ? line.grade() : heats.isEmpty() ? "–" : heats.getFirst().gradeCode();
        var judged = limits.forLot(origin.cooperativeId(), origin.buyerId(), line.partNumber(), grade, lot.madeOn());
        String revision = inspection.specRevision().isBlank() ? judged.revision() : inspection.specRevision();
        var product = new CertificateContent.Product(origin.partName(), text(line.partNumber()), text(line.drawing()),
                judged.grade(), revision);
        var order = new CertificateContent.Order(origin.contractReference(), origin.contractTitle(), origin.workOrderId(),
                origin.period().toString().substring(0, 7));
        var quantities = new CertificateContent.Quantities(lot.lotId(), lot.madeOn().toString(), lot.quantityMade(),
                scrapped(user, origin.workOrderId(), lot.lotId()));
        var inspected = new CertificateContent.Inspection(inspection.samplingPlan(), inspection.sampleSize(),
                inspection.defectives(), inspection.inspector(), inspection.inspectedOn().toString(), inspection.standing().name());
        return new CertificateContent(number, verifyUrl, "EN 10204:2004 3.1", issuedOn.toString(), origin.memberName(),
                line.cooperativeName(), origin.buyerName(), order, product, quantities,
                heats.stream().map(h -> result(h, judged, limits.tensileMinimum(judged.grade(), h.specimen(), inspection.wallMm())))
                        .toList(), inspected);
    }

    private int scrapped(SentraUser user, long workOrderId, long lotId) {
        return production.lotsOfWorkOrder(user, workOrderId).stream().filter(l -> l.id() == lotId)
                .mapToInt(LotRecord::quantityScrapped).sum();
    }

    /**
     * Every element read or limited, in the order a cast-iron analysis is printed; mechanical results after. The tensile
     * limit is the library row for the heat's specimen and the casting's wall where there is one (the row is printed),
     * otherwise the grade's figure.
     */
    static HeatResult result(HeatRecord heat, JudgedAgainst judged, Optional<TensileMinimum> tensileRow) {
        var elements = EnumSet.noneOf(Element.class);
        elements.addAll(heat.readings().keySet());
        elements.addAll(judged.chemistry().keySet());
        var chemistry = new ArrayList<Result>();
        for (Element e : elements) {
            chemistry.add(result(e.symbol(), "%", judged.chemistry(e), heat.readings().get(e)));
        }
        var mechanical = new ArrayList<Result>();
        mechanical.add(tensileRow.map(row -> new Result("Rm", "MPa", String.valueOf(row.mpa()), null,
                        heat.tensileMpa() == null ? "–" : String.valueOf(heat.tensileMpa()), row.row(judged.grade())))
                .orElseGet(() -> result("Rm", "MPa", judged.tensileMpa(), figure(heat.tensileMpa()))));
        mechanical.add(result("HBW", "HB", judged.hardnessHb(), figure(heat.hardnessHb())));
        return new HeatResult(heat.heatNumber(), heat.meltedOn().toString(), chemistry, mechanical);
    }

    private static Result result(String name, String unit, Limits limits, @Nullable BigDecimal actual) {
        return new Result(name, unit, plain(limits.min()), plain(limits.max()), actual == null ? "–" : plain(actual));
    }

    private static @Nullable BigDecimal figure(@Nullable Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : java.util.Objects.requireNonNull(Limits.normal(value)).toPlainString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "–" : value;
    }
}
