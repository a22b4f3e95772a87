package id.sentra.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every contract's shape — buyer, cooperative, months, status, lines — and where its rows fall in the numbering of
 * work orders, heats and lots, worked out once before loading. Work orders are spread exactly over the line-months
 * of the contracts that have a published plan, and heats and lots exactly over the work orders of past months, so
 * that the totals are the ones {@link Volumes} asks for, and every later pass finds the same numbers.
 */
final class Contracts {

    /** Months before the anchor month in which the earliest contracts start. */
    static final int HISTORY = 17;
    static final int MONTHS = 12;
    private static final String[][] PARTS = {
            {"GREY_IRON", "Rumah pompa", "Tutup manhole D600", "Cylinder sleeve", "Tutup pompa", "Burner kompor", "Pemberat"},
            {"DUCTILE_IRON", "Tee flens", "Dudukan blok rem", "Fitting pipa", "Katup gerbang"},
            {"HIGH_PHOSPHORUS_IRON", "Blok rem metalik"}};

    record Line(int no, String family, Grades.Grade grade, String partName, String partNumber, int gramsPerPiece, boolean machined,
                boolean measured, long specId) {
    }

    record Shape(int id, int cooperative, long buyer, int start, String status, boolean planned, List<Line> lines,
                 long firstLineMonth) {

        int end() {
            return start + MONTHS - 1;
        }
    }

    private final Volumes volumes;
    private final Seeds seeds;
    private final Shape[] shapes;
    private final long lineMonths;
    private final long producing;

    Contracts(Volumes volumes, Seeds seeds) {
        this.volumes = volumes;
        this.seeds = seeds;
        this.shapes = new Shape[volumes.contracts() + 1];
        long lineMonth = 0, spec = 1;
        for (int c = 1; c <= volumes.contracts(); c++) {
            shapes[c] = shape(c, lineMonth, spec);
            spec += shapes[c].lines().size();
            if (shapes[c].planned()) {
                lineMonth += (long) shapes[c].lines().size() * MONTHS;
            }
        }
        this.lineMonths = lineMonth;
        long past = 0;
        for (int c = 1; c <= volumes.contracts(); c++) {
            var shape = shapes[c];
            if (shape.planned()) {
                for (int line = 0; line < shape.lines().size(); line++) {
                    for (int month = 0; month < MONTHS && shape.start() + month < 0; month++) {
                        past += workOrders(shape.firstLineMonth() + (long) line * MONTHS + month);
                    }
                }
            }
        }
        this.producing = past;
    }

    private Shape shape(int c, long firstLineMonth, long firstSpec) {
        var random = seeds.of(Seeds.CONTRACT, c);
        int cooperative = 1 + random.nextInt(volumes.cooperatives());
        long buyer = 1 + random.nextInt(volumes.buyers());
        boolean rfq = c % 20 == 0;
        int start = rfq ? 1 + random.nextInt(3) : -HISTORY + random.nextInt(HISTORY + 2);
        String status = rfq ? "OPEN" : start + MONTHS - 1 < 0 ? "CLOSED" : start > 0 ? "AWARDED" : "IN_PRODUCTION";
        int count = 1 + random.nextInt(3);
        var lines = new ArrayList<Line>(count);
        for (int l = 1; l <= count; l++) {
            int family = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 8 ? 1 : 2;
            var grade = Grades.pick(PARTS[family][0], random);
            String part = PARTS[family][1 + random.nextInt(PARTS[family].length - 1)];
            long spec = firstSpec + l - 1;
            lines.add(new Line(l, PARTS[family][0], grade, part, "P" + c + "-" + l, 500 * (1 + random.nextInt(40)),
                    random.nextInt(10) < 3, spec % 4 == 1, spec));
        }
        return new Shape(c, cooperative, buyer, start, status, !rfq, List.copyOf(lines), firstLineMonth);
    }

    Shape get(int contract) {
        return shapes[contract];
    }

    int count() {
        return volumes.contracts();
    }

    /** Work orders of a line-month (numbered over all planned contracts): the total spread evenly, to the unit. */
    long workOrders(long lineMonth) {
        return Volumes.share(volumes.workOrders(), lineMonths, lineMonth);
    }

    /** The id of the first work order of a line-month. */
    long firstWorkOrder(long lineMonth) {
        return Volumes.before(volumes.workOrders(), lineMonths, lineMonth) + 1;
    }

    /** Pieces of a work order, fixed by its id. */
    int pieces(long workOrder) {
        return 300 + seeds.of(Seeds.WORK_ORDER, workOrder).nextInt(401);
    }

    long heats(long producingIndex) {
        return Volumes.share(volumes.heats(), producing, producingIndex);
    }

    long firstHeat(long producingIndex) {
        return Volumes.before(volumes.heats(), producing, producingIndex) + 1;
    }

    long lots(long producingIndex) {
        return Volumes.share(volumes.lots(), producing, producingIndex);
    }

    long firstLot(long producingIndex) {
        return Volumes.before(volumes.lots(), producing, producingIndex) + 1;
    }

    /** Up to four members of the contract's cooperative that cast the line's material (and machine, if it asks), from a seeded start. */
    long[] suppliers(Shape shape, Line line, Registry registry) {
        var random = new SplittableRandom(seeds.hash(Seeds.CONTRACT, shape.id() * 8L + line.no()));
        long first = registry.firstMember(shape.cooperative());
        int count = registry.memberCount(shape.cooperative());
        int offset = random.nextInt(count);
        var chosen = new long[4];
        int found = 0;
        for (int i = 0; i < count && found < chosen.length; i++) {
            long member = first + (offset + i) % count;
            if (registry.casts(member, line.family()) && (!line.machined() || registry.machines(member))) {
                chosen[found++] = member;
            }
        }
        if (found == 0) {
            chosen[found++] = first + offset; // no capable member in a small cooperative: the nearest one takes it
        }
        return java.util.Arrays.copyOf(chosen, found);
    }
}
