package id.sentra.tkdn.product;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.tkdn.CostKind;

/** One cost line as stored; {@code fromHeats} lets the member's heats decide a material's domestic and imported parts. */
@Table("tkdn_cost_line")
record StoredLine(String item, CostKind kind, BigDecimal quantity, BigDecimal unitPrice, OriginKind origin,
                  @Nullable BigDecimal certifiedPercent, @Nullable String certificate, boolean fromHeats) {

    static StoredLine of(LineDraft draft) {
        return new StoredLine(draft.item().trim(), draft.kind(), draft.quantity(), draft.unitPrice(), draft.origin(),
                draft.origin() == OriginKind.CERTIFIED ? draft.certifiedPercent() : null,
                draft.origin() == OriginKind.CERTIFIED && draft.certificate() != null && !draft.certificate().isBlank()
                        ? draft.certificate().trim() : null,
                draft.fromHeats() && HeatMaterials.follows(draft.kind()));
    }

    LineDraft draft() {
        return new LineDraft(item, kind, quantity, unitPrice, origin, certifiedPercent, certificate, fromHeats);
    }
}
