package id.sentra.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an active member can make, in one value for matchmaking and allocation: processes,
 * materials, machines, certificates and monthly capacity, without internal figures.
 */
public record Capability(
        long memberId,
        String legalName,
        long cooperativeId,
        String cooperativeName,
        String clusterName,
        String kabupaten,
        @Nullable GeoPoint location,
        Set<Process> processes,
        Set<MaterialFamily> materials,
        Set<EquipmentKind> equipment,
        List<Certification> certifications,
        Map<MaterialFamily, Long> kgPerMonth) {

    public long kgPerMonth(MaterialFamily material) {
        return kgPerMonth.getOrDefault(material, 0L);
    }

    public boolean holdsValid(CertificationKind kind, LocalDate day) {
        return certifications.stream().anyMatch(c -> c.kind() == kind && c.validOn(day));
    }
}
