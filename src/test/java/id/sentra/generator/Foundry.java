package id.sentra.generator;

import java.util.SplittableRandom;

/**
 * A past work order's production: its heats (chemistry per the grade's library ranges, tensile and hardness, three
 * charge lines), its lots (each poured from one of the heats, some with scrap), and each lot's inspection by ISO
 * 2859-1 single sampling with the rules' checks as the application writes them. A heat gone astray (1.5 %) holds
 * every lot poured from it for material review; 2.5 % of the other lots are rejected, each with a non-conformance
 * report. Rows only: the application's rules are not run (that is what makes the load fast).
 */
final class Foundry implements AutoCloseable {

    record Job(long workOrder, Contracts.Shape contract, Contracts.Line line, long member, int cooperative, int month, int pieces,
               boolean induction) {
    }

    record Outcome(boolean allAccepted, long shippedOn) {
    }

    private static final char SEP = '\u001F';
    private static final String[] DEFECTS = {"MISRUN", "COLD_SHUT", "POROSITY", "SAND_INCLUSION", "SHRINKAGE", "DIMENSIONAL"};

    private final Months months;
    private final Seeds seeds;
    private final int[] heatNumbers;
    private final Rows heat, reading, charge, lot, lotHeat, defect, inspection, check, measurement, ncr, ncrLot, ncrHeat;
    private long ncrId;

    Foundry(Tables tables, Months months, Seeds seeds, int members) {
        this.months = months;
        this.seeds = seeds;
        this.heatNumbers = new int[(members + 1) * (Contracts.HISTORY + 1)];
        heat = tables.open("heat", "id", "cooperative_id", "member_id", "furnace", "melted_on", "heat_number", "grade_code", "analysed_on",
                "tensile_mpa", "hardness_hb", "specimen", "version", "created_at", "created_by", "modified_at", "modified_by");
        reading = tables.open("heat_reading", "heat_id", "element", "mass_percent");
        charge = tables.open("heat_charge", "heat_id", "heat_key", "material", "weight_kg", "origin");
        lot = tables.open("lot", "id", "work_order_id", "cooperative_id", "member_id", "made_on", "quantity_made", "version",
                "created_at", "created_by", "modified_at", "modified_by");
        lotHeat = tables.open("lot_heat", "lot_id", "heat_id");
        defect = tables.open("lot_defect", "lot_id", "defect", "pieces");
        inspection = tables.open("lot_inspection", "id", "lot_id", "work_order_id", "cooperative_id", "member_id", "buyer_id", "spec_id",
                "spec_revision", "inspected_on", "inspector", "severity", "sampling_plan", "sample_size", "acceptance", "rejection",
                "defectives", "decided", "standing", "superseded", "version", "created_at", "created_by", "modified_at", "modified_by");
        check = tables.open("lot_inspection_check", "lot_inspection_id", "check_key", "message_key", "arguments", "verdict");
        measurement = tables.open("lot_inspection_measurement", "lot_inspection_id", "characteristic", "sample_no", "measured");
        ncr = tables.open("ncr", "id", "cooperative_id", "member_id", "description", "containment", "root_cause", "corrective_action",
                "status", "opened_by", "opened_at", "closed_by", "closed_at", "version");
        ncrLot = tables.open("ncr_lot", "ncr_id", "lot_id");
        ncrHeat = tables.open("ncr_heat", "ncr_id", "heat_id");
    }

    Outcome produce(Job job, long firstHeat, long heats, long firstLot, long lots) {
        var grade = job.line().grade();
        long monthStart = months.start(job.month());
        int days = months.length(job.month()) - 3;
        String[] numbers = new String[(int) heats];
        boolean[] astray = new boolean[(int) heats];
        int[] tensile = new int[(int) heats], hardness = new int[(int) heats];
        for (int k = 0; k < heats; k++) {
            long id = firstHeat + k;
            var random = seeds.of(Seeds.HEAT, id);
            long melted = monthStart + (long) k * days / heats + random.nextInt(2);
            int counter = ++heatNumbers[(int) job.member() * (Contracts.HISTORY + 1) + job.month() + Contracts.HISTORY];
            numbers[k] = "H" + months.yymm(job.month()) + "-" + (counter < 100 ? String.format("%03d", counter) : counter);
            astray[k] = random.nextInt(1000) < 15;
            boolean mechanical = grade.tensileMin() > 0;
            tensile[k] = mechanical ? grade.tensileMin() + (astray[k] ? -5 - random.nextInt(20) : 8 + random.nextInt(50)) : 0;
            hardness[k] = !mechanical && astray[k] ? grade.hardnessHigh() + 3 + random.nextInt(10)
                    : grade.hardnessLow() + 5 + random.nextInt(Math.max(1, grade.hardnessHigh() - grade.hardnessLow() - 10));
            heat.l(id).l(job.cooperative()).l(job.member()).s(job.induction() ? "Induksi 1" : "Kupola 1").d(melted).s(numbers[k])
                    .s(grade.code()).d(melted + 1);
            if (mechanical) {
                heat.l(tensile[k]);
            } else {
                heat.nul();
            }
            heat.l(hardness[k]);
            if (mechanical) {
                heat.s("SEPARATELY_CAST");
            } else {
                heat.nul();
            }
            heat.l(0).ts(melted).s("generator").ts(melted + 1).s("generator").end();
            for (int e = 0; e < grade.elements().size(); e++) {
                reading.l(id).s(grade.elements().get(e)).dec(grade.reading(e, random), 4).end();
            }
            long kg = job.induction() ? 500 : 1000;
            boolean importedPig = job.member() % 7 == 0;
            charge.l(id).l(0).s(importedPig ? "PIG_IRON" : "STEEL_SCRAP").dec(kg * 55 + random.nextInt(2000), 2).s(importedPig ? "IMPORTED" : "DOMESTIC").end();
            charge.l(id).l(1).s("RETURNS").dec(kg * 40, 2).s("DOMESTIC").end();
            charge.l(id).l(2).s("FERRO_SILICON").dec(kg * 2 + random.nextInt(100), 2).s("IMPORTED").end();
        }
        boolean allAccepted = lots > 0;
        long lastMade = monthStart;
        for (int i = 0; i < lots; i++) {
            long id = firstLot + i;
            var random = seeds.of(Seeds.LOT, id);
            int quantity = (int) Volumes.share(job.pieces(), lots, i);
            long made = monthStart + (long) (i + 1) * days / lots;
            lastMade = made;
            lot.l(id).l(job.workOrder()).l(job.cooperative()).l(job.member()).d(made).l(quantity).l(1).ts(made).s("generator").ts(made + 1)
                    .s("generator").end();
            int k = heats == 0 ? -1 : (int) (i % heats);
            if (k >= 0) {
                lotHeat.l(id).l(firstHeat + k).end();
            }
            if (random.nextInt(10) < 4) {
                defect.l(id).s(DEFECTS[random.nextInt(DEFECTS.length)]).l(1 + random.nextInt(5)).end();
            }
            String decided = k < 0 || astray[k] ? "HOLD" : random.nextInt(1000) < 25 ? "REJECT" : "ACCEPT";
            allAccepted &= decided.equals("ACCEPT");
            inspect(job, id, made, quantity, decided, k < 0 ? null : numbers[k], k < 0 ? 0 : tensile[k], k < 0 ? 0 : hardness[k], random);
            if (decided.equals("REJECT")) {
                report(job, id, firstHeat + k, made + 1);
            }
        }
        long shippedOn = lastMade + 2 <= months.end(job.month()) ? lastMade + 2 : months.end(job.month());
        return new Outcome(allAccepted, shippedOn);
    }

    private void inspect(Job job, long lotId, long made, int quantity, String decided, String heatNumber, int tensile, int hardness,
                         SplittableRandom random) {
        var grade = job.line().grade();
        Sampling plan = Sampling.forLot(quantity);
        int defectives = decided.equals("REJECT") ? plan.rejection() : 0;
        var line = job.line();
        inspection.l(lotId).l(lotId).l(job.workOrder()).l(job.cooperative()).l(job.member()).l(job.contract().buyer()).l(line.specId())
                .s(line.partNumber() + " · DWG-" + line.partNumber() + " A (rev. 1)").d(made + 1).s("QC Koperasi " + job.cooperative())
                .s("NORMAL").s(plan.text()).l(plan.sample()).l(plan.acceptance()).l(plan.rejection()).l(defectives).s(decided).s(decided)
                .b(false).l(1).ts(made + 1).s("generator").ts(made + 1).s("generator").end();
        int key = 0;
        if (heatNumber != null) {
            check.l(lotId).l(key++).s("inspection.rule.grade.ok").s(heatNumber + SEP + grade.code()).s("ACCEPT").end();
            if (grade.tensileMin() > 0) {
                boolean low = tensile < grade.tensileMin();
                check.l(lotId).l(key++).s(low ? "inspection.rule.tensile.low" : "inspection.rule.tensile.ok")
                        .s(heatNumber + SEP + tensile + SEP + grade.tensileMin()).s(low ? "HOLD" : "ACCEPT").end();
            } else {
                boolean out = hardness > grade.hardnessHigh();
                check.l(lotId).l(key++).s(out ? "inspection.rule.hardness.out" : "inspection.rule.hardness.ok")
                        .s(heatNumber + SEP + hardness + SEP + grade.hardnessLow() + "–" + grade.hardnessHigh()).s(out ? "HOLD" : "ACCEPT").end();
            }
        }
        if (line.measured()) {
            boolean out = defectives > 0;
            check.l(lotId).l(key++).s(out ? "inspection.rule.characteristic.out" : "inspection.rule.characteristic.ok")
                    .s(out ? "Diameter luar" + SEP + defectives + SEP + plan.sample() + SEP + "99.95–100.05" + SEP + "mm"
                            : "Diameter luar" + SEP + plan.sample() + SEP + "99.95–100.05" + SEP + "mm")
                    .s(out ? "REJECT" : "ACCEPT").end();
            for (int s = 1; s <= plan.sample(); s++) {
                long value = s <= defectives ? 1_000_600 + random.nextInt(300) : 1_000_000 + Math.round(random.nextGaussian() * 120);
                measurement.l(lotId).s("Diameter luar").l(s).dec(value, 4).end();
            }
        }
        boolean rejected = defectives >= plan.rejection();
        check.l(lotId).l(key).s(rejected ? "inspection.rule.sample.reject" : "inspection.rule.sample.accept")
                .s(defectives + "" + SEP + plan.sample() + SEP + plan.acceptance() + SEP + plan.rejection()).s(rejected ? "REJECT" : "ACCEPT").end();
    }

    private void report(Job job, long lotId, long heatId, long openedOn) {
        long id = ++ncrId;
        boolean closed = job.month() < -2;
        ncr.l(id).l(job.cooperative()).l(job.member()).s("Lot ditolak pada inspeksi sampling: jumlah cacat mencapai batas tolak.");
        if (closed) {
            ncr.s("Lot dipisahkan dan disortir 100 %.").s("Cetakan aus").s("Cetakan diganti, inspeksi awal diperketat.").s("CLOSED")
                    .s("QC Koperasi " + job.cooperative()).ts(openedOn).s("QC Koperasi " + job.cooperative()).ts(openedOn + 20);
        } else {
            ncr.nul().nul().nul().s("OPEN").s("QC Koperasi " + job.cooperative()).ts(openedOn).nul().nul();
        }
        ncr.l(closed ? 2 : 0).end();
        ncrLot.l(id).l(lotId).end();
        ncrHeat.l(id).l(heatId).end();
    }

    @Override
    public void close() {
        for (var rows : new Rows[] {heat, reading, charge, lot, lotHeat, defect, inspection, check, measurement, ncr, ncrLot, ncrHeat}) {
            rows.close();
        }
    }
}
