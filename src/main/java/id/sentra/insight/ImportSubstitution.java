package id.sentra.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.allocation.WorkOrderOutput;
import id.sentra.demand.PriorSource;
import id.sentra.demand.ProductOrigins;
import id.sentra.demand.ProductOrigins.OriginLine;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.ProductionOutput;
import id.sentra.registry.Cluster;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.Cooperative;
import id.sentra.registry.RegistryStatistics;

/**
 * Import substitution: the value, at contract prices, of parts the members made for buyers who imported them
 * before (the line's recorded prior source), by cluster, product family and quarter, with the members, workers
 * and buyers involved. Each module sums its own rows in SQL; this joins the sums by contract line and member.
 * The ministry and the platform see every cluster, an operator its own cooperative; members and buyers none.
 */
@Service
@Transactional(readOnly = true)
public class ImportSubstitution {

    private final ProductOrigins origins;
    private final WorkOrderOutput workOrders;
    private final ProductionOutput production;
    private final CooperativeDirectory directory;
    private final RegistryStatistics registry;

    ImportSubstitution(ProductOrigins origins, WorkOrderOutput workOrders, ProductionOutput production,
                       CooperativeDirectory directory, RegistryStatistics registry) {
        this.origins = origins;
        this.workOrders = workOrders;
        this.production = production;
        this.directory = directory;
        this.registry = registry;
    }

    public SubstitutionFigures figures(SentraUser user, SubstitutionFilter filter) {
        Long scope = scope(user);
        var clusterOf = directory.cooperatives().stream()
                .collect(Collectors.toMap(c -> java.util.Objects.requireNonNull(c.getId()), Cooperative::clusterId));
        var lines = new HashMap<LineKey, OriginLine>();
        for (var line : origins.lines(PriorSource.IMPORTED, filter.family(), scope)) {
            if (filter.clusterId() == null || filter.clusterId().equals(clusterOf.get(line.cooperativeId()))) {
                lines.put(new LineKey(line.contractId(), line.lineNo()), line);
            }
        }
        var contracts = lines.keySet().stream().map(LineKey::contractId).collect(Collectors.toSet());
        var tally = new SubstitutionTally(clusterOf, clusterNames());
        workOrders.shipped(contracts, scope, filter.from(), filter.until()).forEach(s -> {
            var line = lines.get(new LineKey(s.contractId(), s.lineNo()));
            if (line != null) tally.shipped(line, s.cooperativeId(), s.memberId(), s.year(), s.quarter(), s.pieces());
        });
        production.madeNotShipped(contracts, scope, filter.from(), filter.until()).forEach(m -> {
            var line = lines.get(new LineKey(m.contractId(), m.lineNo()));
            if (line != null) tally.made(line, m.cooperativeId(), m.memberId(), m.year(), m.quarter(), m.pieces());
        });
        return tally.figures(filter, registry.workforce(tally.members()));
    }

    /** Null for every cooperative; an operator's own cooperative; refused for members and buyers. */
    static @Nullable Long scope(SentraUser user) {
        return switch (user.role()) {
            case ADMIN, MINISTRY -> null;
            case OPERATOR -> java.util.Objects.requireNonNull(user.cooperativeId(), "an operator belongs to a cooperative");
            case MEMBER, BUYER -> throw new AccessDeniedException("Import-substitution figures are for the ministry and cooperatives");
        };
    }

    /** The clusters the person may filter by: all, or an operator's own. */
    public List<Cluster> clusterChoices(SentraUser user) {
        Long scope = scope(user);
        if (scope == null) {
            return directory.clusters();
        }
        long clusterId = directory.cooperative(scope).map(Cooperative::clusterId).orElse(-1L);
        return directory.clusters().stream().filter(c -> java.util.Objects.equals(c.getId(), clusterId)).toList();
    }

    private Map<Long, String> clusterNames() {
        return directory.clusters().stream().collect(Collectors.toMap(c -> java.util.Objects.requireNonNull(c.getId()), Cluster::name));
    }

    private record LineKey(long contractId, int lineNo) {
    }
}
