package id.sentra.generator;

/**
 * Writes the contracts: lines with processes, monthly schedules (the sum of the work orders the plan will hold),
 * the cooperative's quote, status history, call-offs of past months, and a product specification per line (one in
 * four with a measured key characteristic) that the inspections are judged against.
 */
final class DemandLoad {

    private static final String[] STEPS = {"DRAFT", "OPEN", "QUOTED", "AWARDED", "IN_PRODUCTION", "CLOSED"};

    private final Contracts contracts;
    private final Months months;
    private final Seeds seeds;

    DemandLoad(Contracts contracts, Months months, Seeds seeds) {
        this.contracts = contracts;
        this.months = months;
        this.seeds = seeds;
    }

    void load(Tables tables) {
        try (var contract = tables.open("contract", "id", "buyer_id", "cooperative_id", "on_behalf", "title", "reference", "status",
                "tkdn_floor", "min_cpk", "certificate_type", "chemistry_certificate", "quotes_due_by", "awarded_quote", "version",
                "created_at", "created_by", "modified_at", "modified_by");
             var line = tables.open("contract_line", "contract_id", "contract_key", "line_no", "part_name", "buyer_part_number",
                     "drawing_reference", "drawing_revision", "material_grade", "material_family", "unit_weight_kg", "unit_price");
             var process = tables.open("contract_line_process", "contract_id", "line_no", "process");
             var schedule = tables.open("contract_schedule", "contract_id", "contract_key", "line_no", "period", "quantity");
             var quote = tables.open("contract_quote", "contract_id", "contract_key", "quote_no", "cooperative_id", "lead_time_days",
                     "capacity_per_month", "quoted_by", "quoted_at");
             var quotePrice = tables.open("contract_quote_price", "contract_id", "contract_key", "quote_no", "line_no", "unit_price");
             var callOff = tables.open("contract_call_off", "contract_id", "contract_key", "line_no", "period", "quantity", "reference",
                     "released_by", "released_at");
             var status = tables.open("contract_status_change", "contract_id", "contract_key", "from_status", "to_status",
                     "changed_by", "changed_at");
             var spec = tables.open("product_spec", "id", "cooperative_id", "buyer_id", "part_number", "part_name", "version",
                     "created_at", "created_by", "modified_at", "modified_by");
             var revision = tables.open("product_spec_revision", "product_spec_id", "product_spec_key", "revision_no",
                     "effective_from", "reason", "drawing_reference", "drawing_revision", "grade_code", "library_version",
                     "made_by", "made_at");
             var characteristic = tables.open("product_spec_characteristic", "product_spec_id", "product_spec_key", "revision_no",
                     "name", "kind", "unit", "nominal", "min_value", "max_value", "key_characteristic")) {
            for (int c = 1; c <= contracts.count(); c++) {
                var shape = contracts.get(c);
                var random = seeds.of(Seeds.CONTRACT, -c);
                long createdOn = months.start(shape.start()) - 60;
                boolean agreed = shape.planned();
                contract.l(c).l(shape.buyer()).l(shape.cooperative()).b(false)
                        .s(shape.lines().getFirst().partName() + " untuk " + RegistryLoad.buyerName(shape.buyer()))
                        .s("K/" + shape.buyer() + "/" + c).s(shape.status()).dec(2500 + random.nextInt(30) * 100L, 2).dec(133, 2)
                        .s(random.nextBoolean() ? "EN_10204_3_1" : "EN_10204_2_2").b(random.nextBoolean());
                if (agreed) {
                    contract.nul().l(1);
                } else {
                    contract.d(months.start(0) + 14).nul();
                }
                contract.l(agreed ? 5 : 1).ts(createdOn).s("generator").ts(createdOn + 30).s("generator").end();
                int steps = switch (shape.status()) {
                    case "OPEN" -> 2;
                    case "AWARDED" -> 4;
                    case "IN_PRODUCTION" -> 5;
                    default -> 6;
                };
                for (int s = 0; s < steps; s++) {
                    status.l(c).l(s);
                    if (s == 0) {
                        status.nul();
                    } else {
                        status.s(STEPS[s - 1]);
                    }
                    status.s(STEPS[s]).s("generator").ts(createdOn + s * 10L).end();
                }
                if (agreed) {
                    quote.l(c).l(0).l(1).l(shape.cooperative()).l(30).l(5_000).s("operator." + shape.cooperative()).ts(createdOn + 15).end();
                }
                int scheduleKey = 0, callOffKey = 0;
                for (var part : shape.lines()) {
                    long price = part.gramsPerPiece() * 20L;
                    line.l(c).l(part.no() - 1).l(part.no()).s(part.partName()).s(part.partNumber()).s("DWG-" + part.partNumber())
                            .s("A").s(part.grade().code()).s(part.family()).dec(part.gramsPerPiece(), 3).l(price).end();
                    process.l(c).l(part.no()).s("SAND_CASTING").end();
                    if (part.machined()) {
                        process.l(c).l(part.no()).s("MACHINING").end();
                    }
                    if (agreed) {
                        quotePrice.l(c).l(part.no() - 1).l(1).l(part.no()).l(price).end();
                    }
                    for (int m = 0; m < Contracts.MONTHS; m++) {
                        int month = shape.start() + m;
                        long quantity = agreed ? quantity(shape, part, m) : 200 + random.nextInt(800);
                        schedule.l(c).l(scheduleKey++).l(part.no()).d(months.start(month)).l(quantity).end();
                        if (agreed && month < 0) {
                            callOff.l(c).l(callOffKey++).l(part.no()).d(months.start(month)).l(quantity * (85 + random.nextInt(16)) / 100)
                                    .s("CO-" + c + "-" + callOffKey).s("generator").ts(months.start(month) - 10).end();
                        }
                    }
                    spec.l(part.specId()).l(shape.cooperative()).l(shape.buyer()).s(part.partNumber()).s(part.partName()).l(0)
                            .ts(createdOn).s("generator").ts(createdOn).s("generator").end();
                    revision.l(part.specId()).l(0).l(1).d(months.start(shape.start()) - 31).s("Dari gambar pembeli")
                            .s("DWG-" + part.partNumber()).s("A").s(part.grade().code()).s("2026.12-1").s("generator").ts(createdOn).end();
                    if (part.measured()) {
                        characteristic.l(part.specId()).l(0).l(1).s("Diameter luar").s("DIMENSION").s("mm").dec(1_000_000, 4)
                                .dec(999_500, 4).dec(1_000_500, 4).b(true).end();
                    }
                }
            }
        }
    }

    /** What the plan gives a line in a month: the pieces of the work orders of that line-month. */
    private long quantity(Contracts.Shape shape, Contracts.Line part, int month) {
        long lineMonth = shape.firstLineMonth() + (long) (part.no() - 1) * Contracts.MONTHS + month;
        long first = contracts.firstWorkOrder(lineMonth), count = contracts.workOrders(lineMonth), sum = 0;
        for (long w = first; w < first + count; w++) {
            sum += contracts.pieces(w);
        }
        return sum;
    }
}
