package id.sentra.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A machine a member owns; for a furnace, its type, kilograms per heat and heats per day. */
@Table("member_equipment")
public record Equipment(EquipmentKind kind, @Nullable FurnaceType furnaceType, @Nullable Integer kgPerHeat,
                        @Nullable Integer heatsPerDay, int units) {

    public static Equipment furnace(FurnaceType type, int kgPerHeat, int heatsPerDay) {
        return new Equipment(EquipmentKind.FURNACE, type, kgPerHeat, heatsPerDay, 1);
    }

    public static Equipment machine(EquipmentKind kind, int units) {
        return new Equipment(kind, null, null, null, units);
    }

    /** Melting capacity in kilograms per working day; zero for machines that do not melt. */
    public long kgPerDay() {
        return kind == EquipmentKind.FURNACE && kgPerHeat != null && heatsPerDay != null
                ? (long) kgPerHeat * heatsPerDay * units : 0;
    }
}
