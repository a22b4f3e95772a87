package id.sentra.matching;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * What a product line asks of a supplier: the hard conditions (material, processes, machines,
 * valid certificates, monthly kilograms) and where it is delivered, for the distance score.
 */
public record Requirement(
        MaterialFamily material,
        Set<Process> processes,
        Set<EquipmentKind> equipment,
        Set<CertificationKind> certifications,
        long kgPerMonth,
        @Nullable GeoPoint deliveryPoint) {

    public Requirement {
        processes = Set.copyOf(processes);
        equipment = Set.copyOf(equipment);
        certifications = Set.copyOf(certifications);
        if (kgPerMonth < 0) {
            throw new IllegalArgumentException("kgPerMonth must not be negative");
        }
    }
}
