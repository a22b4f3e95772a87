package id.sentra.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The kept catalogue at one moment, never changed once built: every member by id and in the database's name order
 * (the member list), the active members in id order and in name order (rankings), and the kabupaten in the
 * database's order (the list's filter choices).
 */
record CatalogueSnapshot(Map<Long, CatalogueEntry> byId, List<Long> nameOrder, List<CatalogueEntry> byName,
                         List<Capability> active, List<Capability> activeByName, List<String> kabupatenOrder,
                         long names, Instant asOf) {

    static CatalogueSnapshot of(Map<Long, CatalogueEntry> byId, List<Long> nameOrder, List<String> kabupatenOrder,
                                long names, Instant asOf) {
        var byName = new ArrayList<CatalogueEntry>(byId.size());
        var placed = new HashSet<Long>();
        for (long id : nameOrder) {
            var entry = byId.get(id);
            if (entry != null && placed.add(id)) {
                byName.add(entry);
            }
        }
        // A member saved after the order was read still belongs in the list; it goes last until the next read.
        byId.values().stream().filter(e -> !placed.contains(e.id())).sorted(Comparator.comparingLong(CatalogueEntry::id))
                .forEach(byName::add);
        var active = byId.values().stream().filter(CatalogueEntry::active).map(CatalogueEntry::capability)
                .sorted(Comparator.comparingLong(Capability::memberId)).toList();
        var activeByName = active.stream()
                .sorted(Comparator.comparing(Capability::legalName).thenComparingLong(Capability::memberId)).toList();
        return new CatalogueSnapshot(Map.copyOf(byId), List.copyOf(nameOrder), List.copyOf(byName), active, activeByName,
                List.copyOf(kabupatenOrder), names, asOf);
    }

    @Nullable CatalogueEntry entry(long id) {
        return byId.get(id);
    }

    /** The same members, as seen by a later look that found nothing changed. */
    CatalogueSnapshot asOf(Instant later) {
        return new CatalogueSnapshot(byId, nameOrder, byName, active, activeByName, kabupatenOrder, names, later);
    }
}
