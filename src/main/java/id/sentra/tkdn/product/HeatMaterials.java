package id.sentra.tkdn.product;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.sentra.quality.ChargeMaterial;
import id.sentra.tkdn.CostKind;

/**
 * Which furnace-charge materials a cost line follows when its origin comes from the heats. Own returns are left
 * out: they are the foundry's remelted castings, whose material was counted when it was first bought.
 */
final class HeatMaterials {

    private static final Map<CostKind, Set<ChargeMaterial>> FOLLOWED = Map.of(
            CostKind.PIG_IRON, EnumSet.of(ChargeMaterial.PIG_IRON),
            CostKind.SCRAP, EnumSet.of(ChargeMaterial.STEEL_SCRAP, ChargeMaterial.CAST_IRON_SCRAP),
            CostKind.FERRO_ALLOY, EnumSet.of(ChargeMaterial.FERRO_SILICON, ChargeMaterial.FERRO_MANGANESE,
                    ChargeMaterial.OTHER_FERRO_ALLOY, ChargeMaterial.INOCULANT, ChargeMaterial.NODULARISER));

    private HeatMaterials() {
    }

    static boolean follows(CostKind kind) {
        return FOLLOWED.containsKey(kind);
    }

    static Set<ChargeMaterial> of(CostKind kind) {
        return FOLLOWED.getOrDefault(kind, Set.of());
    }

    /** The cost kinds that may follow the heats, for the page's hint. */
    static Set<CostKind> kinds() {
        return FOLLOWED.keySet();
    }
}
