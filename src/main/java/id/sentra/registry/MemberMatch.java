package id.sentra.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Whether a kept member meets a {@link MemberFilter}, with the meaning the list's SQL had: free text within the
 * name, owner, NIB, village or kecamatan (ignoring case); capacity in kg per month of the chosen material, else of
 * all materials; a certificate valid on the day.
 */
record MemberMatch(MemberFilter filter, @Nullable String text, LocalDate today) implements Predicate<CatalogueEntry> {

    static MemberMatch of(MemberFilter filter, LocalDate today) {
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().trim().toLowerCase(Locale.ROOT);
        return new MemberMatch(filter, text, today);
    }

    @Override
    public boolean test(CatalogueEntry entry) {
        var c = entry.capability();
        var f = filter;
        return status(entry.active())
                && (f.cooperativeId() == null || c.cooperativeId() == f.cooperativeId())
                && (f.process() == null || c.processes().contains(f.process()))
                && (f.material() == null || c.materials().contains(f.material()))
                && (f.equipment() == null || c.equipment().contains(f.equipment()))
                && (f.kabupaten() == null || f.kabupaten().isBlank() || f.kabupaten().equals(c.kabupaten()))
                && (f.minCapacityKg() == null
                    || (f.material() == null ? entry.totalKgPerMonth() : c.kgPerMonth(f.material())) >= f.minCapacityKg())
                && (f.validCertification() == null || c.holdsValid(f.validCertification(), today))
                && (text == null || entry.searchText().contains(text));
    }

    /**
     * The tests {@link MemberIndex} leaves to each member: capacity, a certificate valid on the day, the free text
     * (status, cooperative, process, material, equipment and kabupaten are its bit sets).
     */
    boolean testRest(CatalogueSnapshot s, int i) {
        var t = s.listTable();
        var f = filter;
        return (f.minCapacityKg() == null
                    || (f.material() == null ? s.listTotalKg()[i] : t.kgPerMonth(i, f.material())) >= f.minCapacityKg())
                && (f.validCertification() == null || t.holdsValid(i, f.validCertification(), today))
                && (text == null || s.byName().get(i).searchText().contains(text));
    }

    private boolean status(boolean active) {
        return switch (filter.status()) {
            case ACTIVE -> active;
            case INACTIVE -> !active;
            case ALL -> true;
        };
    }
}
