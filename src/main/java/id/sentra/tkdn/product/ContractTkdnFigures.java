package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.sentra.allocation.WorkOrderOutput;
import id.sentra.demand.ContractFilter;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractStatus;
import id.sentra.demand.ContractTkdn;
import id.sentra.demand.ContractView;
import id.sentra.demand.Rupiah;
import id.sentra.demand.TkdnStanding;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.RegistryNames;
import id.sentra.tkdn.PartKind;
import id.sentra.tkdn.Regulation;
import id.sentra.tkdn.Tkdn;
import id.sentra.tkdn.ValuedPart;

/**
 * A contract's TKDN: each member's product on each line weighted by the value it makes — its allocated work-order
 * pieces times the line's contract price (the member's own price where the line has none) — combined by value
 * (Permenperin 35/2025 Pasal 18–19, {@link Tkdn#combine}). Parts without a cost structure are left out of the
 * weighting and shown as uncovered. The floor is at risk below it or within {@code sentra.tkdn.floor-margin-pp}.
 */
@Component
class ContractTkdnFigures implements ContractTkdn {

    private final ContractSearch contracts;
    private final WorkOrderOutput workOrders;
    private final ProductCosts products;
    private final RegistryNames names;
    private final Tkdn tkdn;
    private final BigDecimal marginPp;

    ContractTkdnFigures(ContractSearch contracts, WorkOrderOutput workOrders, ProductCosts products, RegistryNames names,
                        Tkdn tkdn, @Value("${sentra.tkdn.floor-margin-pp:5}") BigDecimal marginPp) {
        this.contracts = contracts;
        this.workOrders = workOrders;
        this.products = products;
        this.names = names;
        this.tkdn = tkdn;
        this.marginPp = marginPp;
    }

    /** Not in one transaction: a refused contract read rolls back its own, and is answered with nothing. */
    @Override
    public @Nullable TkdnStanding standing(SentraUser user, long contractId) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OPERATOR) && !user.is(Role.BUYER)) {
            return null;
        }
        ContractView contract;
        try {
            contract = contracts.get(user, contractId);
        } catch (AccessDeniedException e) {
            return null;
        }
        return standing(contract);
    }

    @Override
    public @Nullable TkdnStanding standing(SentraUser user, ContractView contract) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OPERATOR) && !user.is(Role.BUYER)) {
            return null;
        }
        return standing(contract);
    }

    @Override
    public List<TkdnStanding> atRisk(SentraUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OPERATOR) && !user.is(Role.BUYER)) {
            return List.of();
        }
        var result = new ArrayList<TkdnStanding>();
        for (var summary : contracts.list(user, ContractFilter.ALL, 0, 200).items()) {
            if (summary.status() == ContractStatus.AWARDED || summary.status() == ContractStatus.IN_PRODUCTION) {
                var standing = standing(contracts.get(user, summary.id()));
                if (standing != null && standing.warns()) {
                    result.add(standing);
                }
            }
        }
        result.sort(Comparator.comparing(s -> s.marginPp() == null ? BigDecimal.ZERO : s.marginPp()));
        return result;
    }

    private @Nullable TkdnStanding standing(ContractView contract) {
        var orders = workOrders.allocated(contract.id());
        if (orders.isEmpty()) {
            return null;
        }
        var figures = products.figuresOfContract(contract.id());
        var parts = parts(contract, orders, figures);
        var valued = parts.stream().filter(p -> p.tkdnPercent() != null)
                .map(p -> new ValuedPart(p.memberName() + " — " + p.partName(), PartKind.GOODS, p.value(), p.tkdnPercent()))
                .toList();
        if (valued.isEmpty()) {
            return new TkdnStanding(contract.id(), contract.reference(), contract.tkdnFloor(), null, "", TkdnStanding.Risk.UNKNOWN, null, parts);
        }
        // Contract lines are combined under 35/2025 unless every product was assessed under 16/2011.
        var regulation = figures.stream().allMatch(f -> f.regulation() == Regulation.PERMENPERIN_16_2011)
                ? Regulation.PERMENPERIN_16_2011 : Regulation.PERMENPERIN_35_2025;
        var combined = tkdn.combine(valued, regulation);
        var margin = combined.tkdnPercent().subtract(contract.tkdnFloor());
        var risk = margin.signum() < 0 ? TkdnStanding.Risk.BELOW_FLOOR
                : margin.compareTo(marginPp) < 0 ? TkdnStanding.Risk.NEAR_FLOOR : TkdnStanding.Risk.MET;
        return new TkdnStanding(contract.id(), contract.reference(), contract.tkdnFloor(), combined.tkdnPercent(),
                regulation.citation(), risk, margin, parts);
    }

    /** One part per member and line: its work orders' pieces × the line's price, with its product's TKDN if it has one. */
    private List<TkdnStanding.Part> parts(ContractView contract, List<WorkOrderOutput.Allocated> orders, List<ProductFigures> figures) {
        var values = new LinkedHashMap<List<Long>, BigDecimal>();
        for (var order : orders) {
            var price = linePrice(contract, order.lineNo());
            values.merge(List.of(order.memberId(), (long) order.lineNo()),
                    price == null ? order.valueAtOwnPrices() : BigDecimal.valueOf(order.pieces()).multiply(BigDecimal.valueOf(price)),
                    BigDecimal::add);
        }
        var memberNames = names.members(values.keySet().stream().map(List::getFirst).distinct().toList());
        var total = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var parts = new ArrayList<TkdnStanding.Part>();
        values.forEach((key, value) -> {
            long memberId = key.get(0);
            int lineNo = key.get(1).intValue();
            var figure = figures.stream().filter(f -> f.key().memberId() == memberId && f.key().lineNo() == lineNo).findFirst();
            parts.add(new TkdnStanding.Part(memberId, memberNames.getOrDefault(memberId, "–"), lineNo, partName(contract, lineNo),
                    figure.map(ProductFigures::id).orElse(null), value, share(value, total),
                    figure.map(ProductFigures::tkdnPercent).orElse(null)));
        });
        return parts;
    }

    private static @Nullable Long linePrice(ContractView contract, int lineNo) {
        return contract.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .map(ContractView.LineView::unitPrice).map(Rupiah::amount).orElse(null);
    }

    private static String partName(ContractView contract, int lineNo) {
        return contract.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .map(l -> l.specification().partName()).orElse("–");
    }

    private static BigDecimal share(BigDecimal value, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }
}
