package id.sentra.registry;

import org.jspecify.annotations.Nullable;

/**
 * What a person searches members by. Every part is optional; {@code minCapacityKg} counts the
 * monthly kilograms of {@code material} when one is given, else of all materials together.
 */
public record MemberFilter(
        @Nullable String text,
        @Nullable Process process,
        @Nullable MaterialFamily material,
        @Nullable EquipmentKind equipment,
        @Nullable Integer minCapacityKg,
        @Nullable String kabupaten,
        @Nullable CertificationKind validCertification,
        @Nullable Long cooperativeId,
        Status status) {

    public enum Status { ACTIVE, INACTIVE, ALL }

    public static MemberFilter all() {
        return new MemberFilter(null, null, null, null, null, null, null, null, Status.ACTIVE);
    }

    public MemberFilter withCooperative(@Nullable Long id) {
        return new MemberFilter(text, process, material, equipment, minCapacityKg, kabupaten, validCertification, id, status);
    }

    public MemberFilter withStatus(Status newStatus) {
        return new MemberFilter(text, process, material, equipment, minCapacityKg, kabupaten, validCertification, cooperativeId, newStatus);
    }
}
