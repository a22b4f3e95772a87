package id.sentra.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.sentra.demand.ProductFamily;
import id.sentra.demand.ProductOrigins.OriginLine;
import id.sentra.demand.Rupiah;

/**
 * Adds up the per-line, per-member, per-quarter sums into rows by cluster and family, quarters by family and
 * totals. Workers are counted plainly: all workers of each member with substituting output, once per row it
 * appears in, and once in the totals.
 */
final class SubstitutionTally {

    private final Map<Long, Long> clusterOfCooperative;
    private final Map<Long, String> clusterNames;
    private final Map<GroupKey, Group> groups = new LinkedHashMap<>();
    private final Map<String, Map<ProductFamily, Long>> quarters = new TreeMap<>();
    private final Set<Long> members = new HashSet<>();
    private final Set<Long> buyers = new HashSet<>();
    private final Map<LineKey, Long> lineValues = new LinkedHashMap<>();

    SubstitutionTally(Map<Long, Long> clusterOfCooperative, Map<Long, String> clusterNames) {
        this.clusterOfCooperative = clusterOfCooperative;
        this.clusterNames = clusterNames;
    }

    void shipped(OriginLine line, long cooperativeId, long memberId, int year, int quarter, long pieces) {
        var group = add(line, cooperativeId, memberId, year, quarter, pieces);
        group.piecesShipped += pieces;
        group.valueShipped += line.unitPrice().amount() * pieces;
    }

    void made(OriginLine line, long cooperativeId, long memberId, int year, int quarter, long pieces) {
        var group = add(line, cooperativeId, memberId, year, quarter, pieces);
        group.piecesMade += pieces;
        group.valueMade += line.unitPrice().amount() * pieces;
    }

    Set<Long> members() {
        return Set.copyOf(members);
    }

    SubstitutionFigures figures(SubstitutionFilter filter, Map<Long, Integer> workforce) {
        var rows = new ArrayList<SubstitutionRow>();
        groups.forEach((key, g) -> rows.add(new SubstitutionRow(key.clusterId(), clusterNames.getOrDefault(key.clusterId(), "?"),
                key.family(), g.piecesShipped, g.piecesMade, new Rupiah(g.valueShipped), new Rupiah(g.valueMade),
                g.members.size(), workers(g.members, workforce), g.buyers.size())));
        rows.sort(Comparator.comparing(SubstitutionRow::value).reversed().thenComparing(SubstitutionRow::clusterName));
        var byQuarter = new ArrayList<SubstitutionFigures.QuarterValue>();
        quarters.forEach((quarter, families) -> families.forEach((family, value) ->
                byQuarter.add(new SubstitutionFigures.QuarterValue(quarter, family, new Rupiah(value)))));
        var totals = new SubstitutionFigures.Totals(
                rows.stream().mapToLong(SubstitutionRow::piecesShipped).sum(), rows.stream().mapToLong(SubstitutionRow::piecesMade).sum(),
                new Rupiah(groups.values().stream().mapToLong(g -> g.valueShipped).sum()),
                new Rupiah(groups.values().stream().mapToLong(g -> g.valueMade).sum()),
                members.size(), workers(members, workforce), buyers.size(),
                (int) groups.keySet().stream().map(GroupKey::clusterId).distinct().count());
        var lines = new ArrayList<SubstitutionFigures.LineValue>();
        lineValues.forEach((k, v) -> lines.add(new SubstitutionFigures.LineValue(k.contractId(), k.lineNo(), k.clusterId(), k.family(),
                new Rupiah(v))));
        return new SubstitutionFigures(filter, rows, byQuarter, totals, lines);
    }

    private Group add(OriginLine line, long cooperativeId, long memberId, int year, int quarter, long pieces) {
        long clusterId = clusterOfCooperative.getOrDefault(cooperativeId, -1L);
        var group = groups.computeIfAbsent(new GroupKey(clusterId, line.productFamily()), k -> new Group());
        group.members.add(memberId);
        group.buyers.add(line.buyerId());
        members.add(memberId);
        buyers.add(line.buyerId());
        long value = Math.multiplyExact(line.unitPrice().amount(), pieces);
        quarters.computeIfAbsent(year + "-Q" + quarter, q -> new TreeMap<>()).merge(line.productFamily(), value, Long::sum);
        lineValues.merge(new LineKey(line.contractId(), line.lineNo(), clusterId, line.productFamily()), value, Long::sum);
        return group;
    }

    private static long workers(Set<Long> members, Map<Long, Integer> workforce) {
        return members.stream().mapToLong(m -> workforce.getOrDefault(m, 0)).sum();
    }

    private record GroupKey(long clusterId, ProductFamily family) {
    }

    private record LineKey(long contractId, int lineNo, long clusterId, ProductFamily family) {
    }

    /** Running sums of one row while the module sums arrive. */
    private static final class Group {
        long piecesShipped;
        long piecesMade;
        long valueShipped;
        long valueMade;
        final Set<Long> members = new HashSet<>();
        final Set<Long> buyers = new HashSet<>();
    }
}
