package id.sentra.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import id.sentra.allocation.planning.AllocationProblem;
import id.sentra.allocation.planning.LineDemand;
import id.sentra.allocation.planning.Pin;
import id.sentra.allocation.planning.Supplier;
import id.sentra.demand.ContractView;
import id.sentra.matching.Candidate;
import id.sentra.matching.Matchmaker;
import id.sentra.matching.ReasonTexts;
import id.sentra.matching.Requirement;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.CapabilityCatalog;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MemberPrices;

/**
 * Turns a contract and a cooperative's members into the optimiser's problem: demand per line and
 * month, each member's capacity less the work orders it already has, and its offer per piece —
 * its own price, transport to the buyer's plant, and a quality-risk charge from its record.
 */
@Component
class ProblemBuilder {

    private final CapabilityCatalog catalog;
    private final Matchmaker matchmaker;
    private final ReasonTexts reasons;
    private final BuyerDirectory buyers;
    private final MemberPrices prices;
    private final ExistingLoad existingLoad;
    private final AllocationProperties properties;

    ProblemBuilder(CapabilityCatalog catalog, Matchmaker matchmaker, ReasonTexts reasons, BuyerDirectory buyers,
                   MemberPrices prices, ExistingLoad existingLoad, AllocationProperties properties) {
        this.catalog = catalog;
        this.matchmaker = matchmaker;
        this.reasons = reasons;
        this.buyers = buyers;
        this.prices = prices;
        this.existingLoad = existingLoad;
        this.properties = properties;
    }

    AllocationProblem build(SentraUser user, ContractView contract, Allocation.Settings settings) {
        var months = months(contract);
        var lines = contract.lines().stream().map(line -> demand(line, settings, months)).toList();
        var plant = buyers.get(user, contract.buyerId()).plants().stream().findFirst().map(p -> p.location()).orElse(null);
        var load = existingLoad.byMember(contract.cooperativeId(), contract.id());
        var offers = new HashMap<Long, Map<String, Supplier.Offer>>();
        var lacks = new HashMap<Long, Map<String, List<String>>>();
        for (var line : contract.lines()) {
            offersFor(user, contract, line, plant, offers, lacks);
        }
        var suppliers = new ArrayList<Supplier>();
        for (var member : catalog.active(contract.cooperativeId())) {
            suppliers.add(new Supplier(member.memberId(), member.legalName(), member.kgPerMonth(),
                    load.getOrDefault(member.memberId(), Map.of()), offers.getOrDefault(member.memberId(), Map.of()),
                    lacks.getOrDefault(member.memberId(), Map.of())));
        }
        var pins = settings.pins().stream().map(p -> new Pin(p.memberId(), key(p.lineNo()), YearMonth.from(p.period()), p.pieces())).toList();
        return new AllocationProblem(lines, suppliers, months, pins, settings.fairnessPerKg());
    }

    private void offersFor(SentraUser user, ContractView contract, ContractView.LineView line, GeoPoint plant,
                           Map<Long, Map<String, Supplier.Offer>> offers, Map<Long, Map<String, List<String>>> lacks) {
        var spec = line.specification();
        Set<EquipmentKind> equipment = contract.quality().chemistryCertificate() ? Set.of(EquipmentKind.SPECTROMETER) : Set.of();
        var need = new Requirement(spec.materialFamily(), spec.processes(), equipment, Set.of(), 0, plant);
        var priceList = prices.perKg(spec.materialFamily());
        BigDecimal kg = spec.unitWeightKg();
        for (Candidate candidate : matchmaker.rank(user, need)) {
            Long perKg = priceList.get(candidate.memberId());
            if (!candidate.eligible() || perKg == null) {
                var why = new ArrayList<>(candidate.lacks().stream().map(reasons::text).toList());
                if (candidate.eligible()) {
                    why.add(reasons.text(new id.sentra.matching.Reason("alloc.lacks.price", List.of(), false)));
                }
                lacks.computeIfAbsent(candidate.memberId(), k -> new HashMap<>()).put(key(line.lineNo()), why);
                continue;
            }
            long price = kg.multiply(BigDecimal.valueOf(perKg)).longValue();
            long transport = candidate.distanceKm() == null ? 0
                    : kg.multiply(BigDecimal.valueOf(candidate.distanceKm() * properties.freightRupiahPerTonneKm() / 1000)).longValue();
            long qualityRisk = properties.qualityRiskPerPiece(price, candidate.record().defectivePpm());
            offers.computeIfAbsent(candidate.memberId(), k -> new HashMap<>()).put(key(line.lineNo()),
                    new Supplier.Offer(price, transport, qualityRisk));
        }
    }

    private static LineDemand demand(ContractView.LineView line, Allocation.Settings settings, List<YearMonth> months) {
        var spec = line.specification();
        var pieces = new HashMap<YearMonth, Integer>();
        line.months().forEach(m -> pieces.put(m.period(), m.scheduled()));
        var rule = settings.lineRules().stream().filter(r -> r.lineNo() == line.lineNo()).findFirst()
                .orElse(defaultRule(line.lineNo(), pieces));
        int grams = spec.unitWeightKg().multiply(BigDecimal.valueOf(1000)).intValue();
        return new LineDemand(key(line.lineNo()), spec.partName(), spec.materialFamily(), Math.max(1, grams), pieces,
                rule.minLot(), rule.maxSharePercent() / 100.0);
    }

    /** Defaults until the operator says otherwise: a lot of 5 % of the busiest month, at most half of a month per member. */
    static LineRule defaultRule(int lineNo, Map<YearMonth, Integer> pieces) {
        int busiest = pieces.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new LineRule(lineNo, Math.max(1, Math.round(busiest * 0.05f)), 50);
    }

    private static List<YearMonth> months(ContractView contract) {
        var months = new TreeSet<YearMonth>();
        contract.lines().forEach(l -> l.months().stream().filter(m -> m.scheduled() > 0).forEach(m -> months.add(m.period())));
        return List.copyOf(months);
    }

    static String key(int lineNo) {
        return "L" + lineNo;
    }

    static int lineNo(String key) {
        return Integer.parseInt(key.substring(1));
    }

}
