package id.sentra.demand;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import id.sentra.platform.security.SentraUser;

/** Turns a stored contract into what a page or the API shows: lines month by month, quotes with totals, warnings. */
final class ContractViews {

    private ContractViews() {
    }

    static ContractView view(Contract c, SentraUser user, YearMonth current, String buyerName, @Nullable String cooperativeName) {
        var lines = c.lines().stream().map(line -> line(c, line)).toList();
        var quotes = c.quotes().stream().map(q -> quote(c, q)).toList();
        var callOffs = c.callOffs().stream()
                .map(o -> new ContractView.CallOffView(o.lineNo(), o.month(), o.quantity(), o.reference(), o.releasedBy(), o.releasedAt()))
                .toList();
        var changes = c.specChanges().stream().map(SpecChangeView::of).toList();
        return new ContractView(c.getId(), c.reference(), c.title(), c.status(), c.buyerId(), buyerName, c.cooperativeId(),
                cooperativeName, c.onBehalf(), c.tkdnFloor(), c.quality(), c.quotesDueBy(), lines, quotes, c.awardedQuote(),
                callOffs, c.history(), changes, warnings(c, current), ContractAccess.actions(user, c), c.version(),
                c.createdAt(), c.createdBy(), c.modifiedAt(), c.modifiedBy());
    }

    static ContractWarnings warnings(Contract c, YearMonth current) {
        var open = c.specChanges().stream().filter(s -> !s.acknowledged()).map(SpecChangeView::of).toList();
        return new ContractWarnings(Offtake.shortfalls(c, current), open);
    }

    static ContractSummary summary(Contract c, YearMonth current, String buyerName, @Nullable String cooperativeName) {
        var warnings = warnings(c, current);
        int pieces = c.lines().stream().mapToInt(l -> c.scheduled(l.lineNo())).sum();
        return new ContractSummary(c.getId(), c.reference(), c.title(), c.status(), c.buyerId(), buyerName,
                c.cooperativeId(), cooperativeName, c.lines().size(), pieces, c.firstMonth(), c.lastMonth(), totalValue(c),
                warnings.strandedPieces(), warnings.valueAtRisk(), warnings.specificationChanges().size(), c.modifiedAt());
    }

    private static @Nullable Rupiah totalValue(Contract c) {
        var total = Rupiah.ZERO;
        for (var line : c.lines()) {
            if (line.price() == null) {
                return null;
            }
            total = total.plus(line.price().times(c.scheduled(line.lineNo())));
        }
        return total;
    }

    /** Every month from the first scheduled or called-off month to the last, so gaps show as zero. */
    private static ContractView.LineView line(Contract c, ContractLine line) {
        var scheduled = new TreeMap<YearMonth, Integer>();
        var called = new TreeMap<YearMonth, Integer>();
        c.scheduleOf(line.lineNo()).forEach(m -> scheduled.merge(m.period(), m.quantity(), Integer::sum));
        c.callOffsOf(line.lineNo()).forEach(m -> called.merge(m.period(), m.quantity(), Integer::sum));
        var months = new ArrayList<ContractView.MonthRow>();
        if (!scheduled.isEmpty() || !called.isEmpty()) {
            var first = min(scheduled, called);
            var last = max(scheduled, called);
            int cumulativeScheduled = 0;
            int cumulativeCalled = 0;
            for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                int s = scheduled.getOrDefault(month, 0);
                int o = called.getOrDefault(month, 0);
                cumulativeScheduled += s;
                cumulativeCalled += o;
                months.add(new ContractView.MonthRow(month, s, o, cumulativeScheduled, cumulativeCalled));
            }
        }
        return new ContractView.LineView(line.lineNo(), c.specification(line), line.price(), months,
                c.scheduled(line.lineNo()), c.calledOff(line.lineNo()), line.origin());
    }

    private static ContractView.QuoteView quote(Contract c, QuoteRecord q) {
        var prices = new ArrayList<Rupiah>();
        var total = Rupiah.ZERO;
        for (var line : c.lines()) {
            var price = c.quotePrices().stream().filter(p -> p.quoteNo() == q.quoteNo() && p.lineNo() == line.lineNo())
                    .map(p -> new Rupiah(p.unitPrice())).findFirst().orElse(Rupiah.ZERO);
            prices.add(price);
            total = total.plus(price.times(c.scheduled(line.lineNo())));
        }
        return new ContractView.QuoteView(q.quoteNo(), q.cooperativeId(), List.copyOf(prices), total, q.leadTimeDays(),
                q.capacityPerMonth(), q.note(), q.quotedBy(), q.quotedAt());
    }

    private static YearMonth min(TreeMap<YearMonth, Integer> a, TreeMap<YearMonth, Integer> b) {
        if (a.isEmpty()) return b.firstKey();
        if (b.isEmpty()) return a.firstKey();
        return a.firstKey().isBefore(b.firstKey()) ? a.firstKey() : b.firstKey();
    }

    private static YearMonth max(TreeMap<YearMonth, Integer> a, TreeMap<YearMonth, Integer> b) {
        if (a.isEmpty()) return b.lastKey();
        if (b.isEmpty()) return a.lastKey();
        return a.lastKey().isAfter(b.lastKey()) ? a.lastKey() : b.lastKey();
    }
}
