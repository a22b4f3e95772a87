package id.sentra.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import id.sentra.registry.Capacity;
import id.sentra.registry.Equipment;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.FurnaceType;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * Fits out a member for its speciality: furnaces sized to its workforce, a lathe for some of those that
 * machine, and the monthly capacity the furnaces give (kg a heat x heats a day x working days x utilisation).
 */
final class Workshop {

    static final int WORKING_DAYS_PER_MONTH = 24;
    /** A pressing shop makes about this many kilograms of composite a worker a month. */
    private static final int COMPOSITE_KG_PER_WORKER = 350;

    private Workshop() {
    }

    static Capability fitOut(Speciality speciality, int workforce, Random random) {
        var equipment = new ArrayList<Equipment>();
        var processes = EnumSet.copyOf(speciality.processes());
        if (speciality.furnace() != null) {
            equipment.add(Furnaces.sized(speciality.furnace(), workforce, random));
            if (speciality.furnace() == FurnaceType.CUPOLA && workforce >= 55 && random.nextBoolean()) {
                equipment.add(Furnaces.sized(FurnaceType.CUPOLA, workforce, random));
            }
        }
        if (processes.contains(Process.MACHINING)) {
            if (random.nextInt(10) < 4) {
                equipment.add(Equipment.machine(EquipmentKind.LATHE, 1 + random.nextInt(3)));
            } else {
                processes.remove(Process.MACHINING);
            }
        }
        long monthlyKg = speciality.furnace() == null ? (long) workforce * COMPOSITE_KG_PER_WORKER
                : Math.round(equipment.stream().mapToLong(Equipment::kgPerDay).sum() * WORKING_DAYS_PER_MONTH
                        * (0.3 + 0.3 * random.nextDouble()));
        var capacities = kilograms(speciality.materials(), monthlyKg);
        if (random.nextInt(10) < 7) {
            int pieces = roundTo(10, capacities.getFirst().amount() * 0.6 / speciality.kgPerPiece());
            capacities.add(Capacity.pieces(speciality.product(), Math.max(10, pieces)));
        }
        return new Capability(processes, EnumSet.copyOf(speciality.materials()), equipment, capacities);
    }

    /** The main material takes seven tenths of the melt when there is a second one. */
    private static List<Capacity> kilograms(List<MaterialFamily> materials, long monthlyKg) {
        var capacities = new ArrayList<Capacity>();
        if (materials.size() == 1) {
            capacities.add(Capacity.kilograms(materials.getFirst(), roundTo(100, monthlyKg)));
        } else {
            capacities.add(Capacity.kilograms(materials.get(0), roundTo(100, monthlyKg * 0.7)));
            capacities.add(Capacity.kilograms(materials.get(1), roundTo(100, monthlyKg * 0.3)));
        }
        return capacities;
    }

    private static int roundTo(int step, double value) {
        return Math.max(step, (int) Math.round(value / step) * step);
    }
}
