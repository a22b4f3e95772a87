package id.sentra.registry;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** One line of the member list; internal figures are null for people who may not see them. */
public record MemberRow(long id, long cooperativeId, String cooperativeName, String legalName, String nib,
                        @Nullable String ownerName, String kecamatan, String kabupaten, @Nullable Integer workforce,
                        long capacityKgPerMonth, Set<Process> processes, Set<MaterialFamily> materials,
                        Set<EquipmentKind> equipment, boolean active) {
}
