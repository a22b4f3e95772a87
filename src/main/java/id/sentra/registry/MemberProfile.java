package id.sentra.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A member as one person may see it. The public profile (for buyers and the ministry) leaves out
 * internal figures: workforce and the owner's name stay null there.
 */
public record MemberProfile(
        long id,
        long cooperativeId,
        String legalName,
        String nib,
        @Nullable String ownerName,
        Address address,
        @Nullable GeoPoint location,
        @Nullable Integer workforce,
        @Nullable Integer foundedYear,
        boolean active,
        int version,
        Set<Process> processes,
        Set<MaterialFamily> materials,
        List<Equipment> equipment,
        List<Certification> certifications,
        List<Capacity> capacities,
        boolean internal,
        @Nullable Instant modifiedAt,
        @Nullable String modifiedBy) {

    static MemberProfile of(Member member, boolean internal) {
        var d = member.details();
        return new MemberProfile(member.getId(), member.cooperativeId(), d.legalName(), d.nib(),
                internal ? d.ownerName() : null, d.address(), d.location(), internal ? d.workforce() : null,
                d.foundedYear(), member.active(), member.version(), d.processes(), d.materials(), d.equipment(),
                d.certifications(), d.capacities(), internal,
                internal ? member.modifiedAt() : null, internal ? member.modifiedBy() : null);
    }

    public long kgPerDay() {
        return equipment.stream().mapToLong(Equipment::kgPerDay).sum();
    }

    public boolean certificationValid(Certification certification, LocalDate today) {
        return certification.validOn(today);
    }

    /** The details for an edit form, which only a person who sees internals can open. */
    public MemberDetails details() {
        return new MemberDetails(legalName, nib, ownerName == null ? "" : ownerName, address, location,
                workforce == null ? 0 : workforce, foundedYear, processes, materials, equipment, certifications, capacities);
    }
}
