package id.sentra.matching.web;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.sentra.matching.Requirement;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** The matchmaking form as request parameters; {@code plant} is "buyerId:plantIndex", {@code page} counts from 0. */
public record MatchingQuery(
        @Nullable MaterialFamily material,
        @Nullable Set<Process> process,
        @Nullable Set<EquipmentKind> equipment,
        @Nullable Set<CertificationKind> certification,
        @Nullable Long kgPerMonth,
        @Nullable String plant,
        @Nullable Integer page) {

    public boolean complete() {
        return material != null;
    }

    public Requirement toRequirement(@Nullable GeoPoint deliveryPoint) {
        return new Requirement(material, orEmpty(process, Process.class), orEmpty(equipment, EquipmentKind.class),
                orEmpty(certification, CertificationKind.class), kgPerMonth == null ? 0 : Math.max(0, kgPerMonth), deliveryPoint);
    }

    public int pageOrFirst() {
        return page == null ? 0 : Math.clamp(page, 0, 100_000);
    }

    private static <E extends Enum<E>> Set<E> orEmpty(@Nullable Set<E> values, Class<E> type) {
        return values == null ? EnumSet.noneOf(type) : values;
    }
}
