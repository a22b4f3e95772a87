package id.sentra.insight;

import java.time.Instant;
import java.util.List;

import id.sentra.registry.RegistryStatistics.ClusterFigures;
import id.sentra.registry.RegistryStatistics.Slice;

/**
 * The national figures as the last refresh summed them, and when: active members, their workers and monthly
 * capacity, per cluster, and the charts. Aggregates only, never one member's figures.
 */
public record NationalSnapshot(Instant asOf, long members, long workforce, long capacityKgPerMonth,
                               List<ClusterFigures> clusters, List<Slice> capacityByMaterial, List<Slice> furnacesByType,
                               List<Slice> membersByMaterial) {

    public NationalSnapshot {
        clusters = List.copyOf(clusters);
        capacityByMaterial = List.copyOf(capacityByMaterial);
        furnacesByType = List.copyOf(furnacesByType);
        membersByMaterial = List.copyOf(membersByMaterial);
    }
}
