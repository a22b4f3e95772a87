package id.sentra.demo;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.FurnaceType;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * A line of trade a member lives from: the product it is known for (and its weight, to turn kilograms into
 * pieces), how it melts, what it pours (the main material first) and its share of a cluster's members.
 * A speciality without a furnace presses polymer composite instead of pouring metal.
 */
record Speciality(String product, double kgPerPiece, @Nullable FurnaceType furnace, List<MaterialFamily> materials,
                  Set<Process> processes, int share) {

    Speciality {
        materials = List.copyOf(materials);
        // An EnumSet iterates in a fixed order, which keeps the generated data deterministic.
        processes = Collections.unmodifiableSet(EnumSet.copyOf(processes));
    }

    MaterialFamily mainMaterial() {
        return materials.getFirst();
    }
}
