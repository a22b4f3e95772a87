package id.sentra.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The kept catalogue at one moment, never changed once built: every member by id and in the database's name order
 * (the member list, with its bit sets for filtering), the active members in id order and in name order (rankings), and
 * the kabupaten in the database's order (the list's filter choices).
 */
record CatalogueSnapshot(Map<Long, CatalogueEntry> byId, List<Long> nameOrder, List<CatalogueEntry> byName,
                         List<Capability> active, List<Capability> activeByName, List<String> kabupatenOrder,
                         List<String> activeKabupatens, Map<Long, List<String>> activeKabupatensByCooperative,
                         CapabilityTable listTable, MemberIndex listIndex, boolean[] listActive, long[] listTotalKg,
                         CapabilityTable activeTable, long names, Instant asOf) {

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
        var places = new HashSet<String>();
        var placesByCooperative = new HashMap<Long, Set<String>>();
        for (var member : active) {
            places.add(member.kabupaten());
            placesByCooperative.computeIfAbsent(member.cooperativeId(), k -> new HashSet<>()).add(member.kabupaten());
        }
        var byCooperative = new HashMap<Long, List<String>>();
        placesByCooperative.forEach((coop, present) -> byCooperative.put(coop, inOrder(kabupatenOrder, present)));
        var listActive = new boolean[byName.size()];
        var listTotalKg = new long[byName.size()];
        for (int i = 0; i < byName.size(); i++) {
            listActive[i] = byName.get(i).active();
            listTotalKg[i] = byName.get(i).totalKgPerMonth();
        }
        return new CatalogueSnapshot(Map.copyOf(byId), List.copyOf(nameOrder), List.copyOf(byName), active, activeByName,
                List.copyOf(kabupatenOrder), inOrder(kabupatenOrder, places), Map.copyOf(byCooperative),
                new CapabilityTable(byName.stream().map(CatalogueEntry::capability).toList()), new MemberIndex(byName),
                listActive, listTotalKg, new CapabilityTable(activeByName), names, asOf);
    }

    /** The kabupaten of the active members in one cooperative, or in all when {@code cooperativeId} is null, in the database's order. */
    List<String> activeKabupatens(@Nullable Long cooperativeId) {
        return cooperativeId == null ? activeKabupatens : activeKabupatensByCooperative.getOrDefault(cooperativeId, List.of());
    }

    private static List<String> inOrder(List<String> order, Set<String> present) {
        var listed = order.stream().filter(present::contains).toList();
        // A kabupaten saved after the order was read goes last until the next read.
        return java.util.stream.Stream.concat(listed.stream(), present.stream().filter(k -> !listed.contains(k)).sorted()).toList();
    }

    @Nullable CatalogueEntry entry(long id) {
        return byId.get(id);
    }

    /** The same members, as seen by a later look that found nothing changed. */
    CatalogueSnapshot asOf(Instant later) {
        return new CatalogueSnapshot(byId, nameOrder, byName, active, activeByName, kabupatenOrder, activeKabupatens,
                activeKabupatensByCooperative, listTable, listIndex, listActive, listTotalKg, activeTable, names, later);
    }
}
