package id.sentra.registry.web;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberFilter;
import id.sentra.registry.Process;

/** The member-list filters as request parameters, shared by the page, its export and the API. */
public record MemberQuery(
        @Nullable String q,
        @Nullable Process process,
        @Nullable MaterialFamily material,
        @Nullable EquipmentKind equipment,
        @Nullable Integer minCapacityKg,
        @Nullable String kabupaten,
        @Nullable CertificationKind certification,
        MemberFilter.@Nullable Status status,
        @Nullable Integer page,
        @Nullable Integer size) {

    public MemberFilter toFilter() {
        return new MemberFilter(q, process, material, equipment, minCapacityKg, kabupaten, certification, null,
                status == null ? MemberFilter.Status.ACTIVE : status);
    }

    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    public int sizeOr(int fallback) {
        return size == null ? fallback : size;
    }
}
