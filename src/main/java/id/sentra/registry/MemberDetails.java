package id.sentra.registry;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Everything about a member that a person may edit, as one value: what a form or an import row holds. */
public record MemberDetails(
        String legalName,
        String nib,
        String ownerName,
        Address address,
        @Nullable GeoPoint location,
        int workforce,
        @Nullable Integer foundedYear,
        Set<Process> processes,
        Set<MaterialFamily> materials,
        List<Equipment> equipment,
        List<Certification> certifications,
        List<Capacity> capacities) {

    public MemberDetails {
        processes = Set.copyOf(processes);
        materials = Set.copyOf(materials);
        equipment = List.copyOf(equipment);
        certifications = List.copyOf(certifications);
        capacities = List.copyOf(capacities);
    }
}
