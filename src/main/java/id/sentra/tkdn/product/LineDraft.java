package id.sentra.tkdn.product;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import id.sentra.tkdn.CostKind;

/**
 * One cost line as a person enters it: quantity per unit of product times unit price (rupiah), its origin, and
 * whether its domestic and imported parts follow the member's heats instead ({@code fromHeats}, materials only).
 */
public record LineDraft(String item, CostKind kind, BigDecimal quantity, BigDecimal unitPrice, OriginKind origin,
                        @Nullable BigDecimal certifiedPercent, @Nullable String certificate, boolean fromHeats) {
}
