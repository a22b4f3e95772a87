package id.sentra.insight;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.sentra.demand.ProductFamily;

/** Which import substitution to count: one cluster, one product family, one calendar year — each or all. */
public record SubstitutionFilter(@Nullable Long clusterId, @Nullable ProductFamily family, @Nullable Integer year) {

    public static final SubstitutionFilter ALL = new SubstitutionFilter(null, null, null);

    @Nullable LocalDate from() {
        return year == null ? null : LocalDate.of(year, 1, 1);
    }

    @Nullable LocalDate until() {
        return year == null ? null : LocalDate.of(year + 1, 1, 1);
    }
}
