package id.sentra.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** Monthly capacity: kilograms of a material family, or pieces of a named product family. */
@Table("member_capacity")
public record Capacity(@Nullable MaterialFamily material, @Nullable String productFamily, int amount, CapacityUnit unit) {

    public static Capacity kilograms(MaterialFamily material, int kgPerMonth) {
        return new Capacity(material, null, kgPerMonth, CapacityUnit.KG_PER_MONTH);
    }

    public static Capacity pieces(String productFamily, int piecesPerMonth) {
        return new Capacity(null, productFamily, piecesPerMonth, CapacityUnit.PIECES_PER_MONTH);
    }
}
