package id.sentra.generator;

/**
 * Writes each planned contract's published allocation plan and its work orders (per line and month, spread over
 * up to four capable members of the cooperative), and for the work orders of past months their heats, lots and
 * inspections through {@link Foundry}. A past work order whose lots were all accepted has shipped.
 */
final class ProductionLoad {

    private final Contracts contracts;
    private final Registry registry;
    private final Months months;
    private final Seeds seeds;

    ProductionLoad(Contracts contracts, Registry registry, Months months, Seeds seeds) {
        this.contracts = contracts;
        this.registry = registry;
        this.months = months;
        this.seeds = seeds;
    }

    void load(Tables tables, int members) {
        try (var plan = tables.open("allocation_plan", "id", "contract_id", "cooperative_id", "fairness_per_kg", "status", "solve_status",
                "cost_rupiah", "cheapest_rupiah", "deviation_kg", "short_pieces", "published_at", "published_by", "version",
                "created_at", "created_by", "modified_at", "modified_by");
             var published = tables.open("contract_allocation", "contract_id", "plan_id", "published_at", "published_by");
             var rule = tables.open("allocation_line_rule", "plan_id", "plan_key", "line_no", "min_lot", "max_share_percent");
             var quantity = tables.open("allocation_quantity", "plan_id", "plan_key", "member_id", "line_no", "period", "pieces",
                     "member_price");
             var order = tables.open("work_order", "id", "plan_id", "contract_id", "cooperative_id", "member_id", "line_no", "part_name",
                     "material", "grams_per_piece", "period", "pieces", "unit_price", "status", "version", "created_at", "created_by",
                     "modified_at", "modified_by", "shipped_on");
             var foundry = new Foundry(tables, months, seeds, members)) {
            long planId = 0, producing = 0;
            for (int c = 1; c <= contracts.count(); c++) {
                var shape = contracts.get(c);
                if (!shape.planned()) {
                    continue;
                }
                planId++;
                long publishedOn = months.start(shape.start()) - 20, cost = 0;
                int planKey = 0;
                for (var line : shape.lines()) {
                    rule.l(planId).l(line.no() - 1).l(line.no()).l(50).l(60).end();
                    long[] suppliers = contracts.suppliers(shape, line, registry);
                    for (int m = 0; m < Contracts.MONTHS; m++) {
                        int month = shape.start() + m;
                        long lineMonth = shape.firstLineMonth() + (long) (line.no() - 1) * Contracts.MONTHS + m;
                        long first = contracts.firstWorkOrder(lineMonth), count = contracts.workOrders(lineMonth);
                        for (long w = first; w < first + count; w++) {
                            long member = suppliers[(int) ((w + m) % suppliers.length)];
                            int pieces = contracts.pieces(w);
                            long unitPrice = registry.pricePerKg(member, line.family()) * line.gramsPerPiece() / 1000;
                            cost += unitPrice * pieces;
                            quantity.l(planId).l(planKey++).l(member).l(line.no()).d(months.start(month)).l(pieces).l(unitPrice).end();
                            var job = new Foundry.Job(w, shape, line, member, registry.cooperativeOf(member), month, pieces,
                                    registry.induction(member));
                            String status;
                            long shippedOn = -1;
                            if (month < 0) {
                                var outcome = foundry.produce(job, contracts.firstHeat(producing), contracts.heats(producing),
                                        contracts.firstLot(producing), contracts.lots(producing));
                                producing++;
                                status = outcome.allAccepted() ? "SHIPPED" : "INSPECTED";
                                shippedOn = outcome.allAccepted() ? outcome.shippedOn() : -1;
                            } else {
                                status = month == 0 ? "IN_PRODUCTION" : "RELEASED";
                            }
                            order.l(w).l(planId).l(c).l(job.cooperative()).l(member).l(line.no()).s(line.partName()).s(line.family())
                                    .l(line.gramsPerPiece()).d(months.start(month)).l(pieces).l(unitPrice).s(status).l(status.equals("RELEASED") ? 1 : 3)
                                    .ts(publishedOn).s("generator").ts(shippedOn >= 0 ? shippedOn : publishedOn).s("generator");
                            if (shippedOn >= 0) {
                                order.d(shippedOn);
                            } else {
                                order.nul();
                            }
                            order.end();
                        }
                    }
                }
                plan.l(planId).l(c).l(shape.cooperative()).l(1500).s("PUBLISHED").s("OPTIMAL").l(cost).l(cost * 97 / 100).l(0).l(0)
                        .ts(publishedOn).s("operator." + shape.cooperative()).l(2).ts(publishedOn - 1).s("operator." + shape.cooperative())
                        .ts(publishedOn).s("operator." + shape.cooperative()).end();
                published.l(c).l(planId).ts(publishedOn).s("operator." + shape.cooperative()).end();
            }
        }
    }
}
