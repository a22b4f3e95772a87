package id.sentra.tkdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A cost structure refuses what cannot be assessed and says which line and field. */
class CostStructureTests {

    private static final CostLine SCRAP = CostLine.of("scrap", CostKind.SCRAP, 1000, Origin.domestic());

    @Test
    void lineWithoutPositiveUnitPriceIsRefusedByNumberAndField() {
        assertRefused(List.of(SCRAP, CostLine.of("binder", CostKind.BINDER, 0, Origin.domestic())),
                2, "unitPrice", "tkdn.error.unitPrice");
    }

    @Test
    void lineWithoutPositiveQuantityIsRefused() {
        assertRefused(List.of(new CostLine("sand", CostKind.SAND, new BigDecimal("-1"), BigDecimal.TEN, Origin.domestic())),
                1, "quantity", "tkdn.error.quantity");
    }

    @Test
    void certificateAboveHundredIsRefused() {
        assertRefused(List.of(CostLine.of("part", CostKind.BOUGHT_IN_PART, 10, Origin.certified("101"))),
                1, "origin", "tkdn.error.certifiedPercent");
    }

    @Test
    void certifiedLabourIsRefused() {
        assertRefused(List.of(SCRAP, CostLine.of("crew", CostKind.DIRECT_LABOUR, 10, Origin.certified("50"))),
                2, "origin", "tkdn.error.certifiedLabour");
    }

    @Test
    void structureWithoutMaterialIsRefused() {
        assertRefused(List.of(CostLine.of("crew", CostKind.DIRECT_LABOUR, 10, Origin.domestic())),
                0, "lines", "tkdn.error.noMaterial");
    }

    @Test
    void linesAreCopiedSoTheStructureCannotChangeAfterwards() {
        List<CostLine> lines = new ArrayList<>(List.of(SCRAP));
        CostStructure s = new CostStructure("part", lines, FactoryBasis.OWN_FACTORY);

        lines.add(CostLine.of("pig iron", CostKind.PIG_IRON, 500, Origin.imported()));

        assertThat(s.lines()).hasSize(1);
    }

    private static void assertRefused(List<CostLine> lines, int line, String field, String key) {
        assertThatThrownBy(() -> new CostStructure("part", lines, FactoryBasis.OWN_FACTORY))
                .isInstanceOfSatisfying(InvalidCostStructureException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}
