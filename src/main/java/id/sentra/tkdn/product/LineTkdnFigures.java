package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.allocation.WorkOrder;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.tkdn.LineTkdn;
import id.sentra.tkdn.PartKind;
import id.sentra.tkdn.Regulation;
import id.sentra.tkdn.Tkdn;
import id.sentra.tkdn.ValuedPart;

/**
 * Each line's TKDN from its members' stored products, weighted by the pieces × price of their work orders on the
 * line and combined under 35/2025 Pasal 18–19 ({@link Tkdn#combine}); members without a product are left out.
 */
@Component
class LineTkdnFigures implements LineTkdn {

    private final ProductCosts products;
    private final WorkOrderProgress workOrders;
    private final Tkdn tkdn;

    LineTkdnFigures(ProductCosts products, WorkOrderProgress workOrders, Tkdn tkdn) {
        this.products = products;
        this.workOrders = workOrders;
        this.tkdn = tkdn;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LineRef, BigDecimal> of(Collection<LineRef> lines) {
        var result = new HashMap<LineRef, BigDecimal>();
        var byContract = lines.stream().collect(Collectors.groupingBy(LineRef::contractId));
        byContract.forEach((contractId, wanted) -> {
            var figures = products.figuresOfContract(contractId);
            if (figures.isEmpty()) {
                return; // most lines have no cost structure yet: their work orders need not be read
            }
            var orders = workOrders.ofContract(contractId);
            for (var line : wanted) {
                var parts = parts(line, figures, orders);
                if (!parts.isEmpty()) {
                    result.put(line, tkdn.combine(parts, Regulation.PERMENPERIN_35_2025).tkdnPercent());
                }
            }
        });
        return result;
    }

    private static List<ValuedPart> parts(LineRef line, List<ProductFigures> figures, List<WorkOrder> orders) {
        return figures.stream().filter(f -> f.key().lineNo() == line.lineNo())
                .map(f -> new ValuedPart(f.memberName(), PartKind.GOODS, value(orders, f.key().memberId(), line.lineNo()), f.tkdnPercent()))
                .filter(p -> p.value().signum() > 0)
                .toList();
    }

    private static BigDecimal value(List<WorkOrder> orders, long memberId, int lineNo) {
        return orders.stream().filter(o -> o.memberId() == memberId && o.lineNo() == lineNo)
                .map(o -> BigDecimal.valueOf(o.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
