package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.ChargeRecords;
import id.sentra.quality.ChargeUse;
import id.sentra.tkdn.BmpClaim;
import id.sentra.tkdn.CostLine;
import id.sentra.tkdn.CostStructure;
import id.sentra.tkdn.Origin;
import id.sentra.tkdn.Tkdn;
import id.sentra.tkdn.TkdnAssessment;

/**
 * Turns a stored cost structure into its assessment. A line that follows the heats is split by the weights of that
 * material the member charged in the period: the domestic kilograms' share of its quantity counts as domestic from
 * local raw material, the rest as imported, both at the line's unit price (so the value split equals the weight
 * split). Without heats in the period the line keeps its own origin.
 */
@Component
class ProductAssessor {

    /** Quantities per unit are split to a millionth; the imported part takes the remainder, so the line's cost stays exact. */
    private static final int QUANTITY_SCALE = 6;

    private final Tkdn tkdn;
    private final ChargeRecords charges;

    ProductAssessor(Tkdn tkdn, ChargeRecords charges) {
        this.tkdn = tkdn;
        this.charges = charges;
    }

    Assessed assess(long memberId, String product, CostDraft draft) {
        var evidence = new ArrayList<HeatEvidence>();
        var lines = new ArrayList<CostLine>();
        for (int i = 0; i < draft.lines().size(); i++) {
            var line = draft.lines().get(i);
            var stated = line.origin().origin(line.certifiedPercent(), line.certificate());
            if (!line.fromHeats()) {
                lines.add(new CostLine(line.item(), line.kind(), line.quantity(), line.unitPrice(), stated));
                continue;
            }
            var proof = evidence(memberId, i + 1, line, draft);
            evidence.add(proof);
            if (!proof.hasHeats()) {
                lines.add(new CostLine(line.item(), line.kind(), line.quantity(), line.unitPrice(), stated));
                continue;
            }
            var domestic = line.quantity().multiply(proof.domesticKg()).divide(proof.totalKg(), QUANTITY_SCALE, RoundingMode.HALF_UP);
            var imported = line.quantity().subtract(domestic);
            if (domestic.signum() > 0) {
                lines.add(new CostLine(line.item(), line.kind(), domestic, line.unitPrice(), Origin.domestic()));
            }
            if (imported.signum() > 0) {
                lines.add(new CostLine(line.item(), line.kind(), imported, line.unitPrice(), Origin.imported()));
            }
        }
        var structure = new CostStructure(product, lines, draft.factoryBasis(), BmpClaim.stated(draft.bmpPercent()));
        return new Assessed(tkdn.assess(structure, draft.regulation()), evidence);
    }

    private HeatEvidence evidence(long memberId, int lineNo, LineDraft line, CostDraft draft) {
        List<ChargeUse> uses = charges.charges(memberId, HeatMaterials.of(line.kind()), draft.heatsFrom(), draft.heatsTo());
        var domestic = BigDecimal.ZERO;
        var imported = BigDecimal.ZERO;
        for (var use : uses) {
            if (use.origin() == ChargeOrigin.DOMESTIC) {
                domestic = domestic.add(use.weightKg());
            } else {
                imported = imported.add(use.weightKg());
            }
        }
        return new HeatEvidence(lineNo, line.item(), line.kind(), draft.heatsFrom(), draft.heatsTo(), domestic, imported, uses);
    }

    /** The assessment and, for each line that follows the heats, its evidence. */
    record Assessed(TkdnAssessment assessment, List<HeatEvidence> evidence) {
    }
}
