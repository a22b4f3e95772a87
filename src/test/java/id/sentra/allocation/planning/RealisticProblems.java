package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.sentra.registry.MaterialFamily;

/**
 * Seeded allocations of the size the issue sets as realistic: five contracts of the kinds Batur Jaya
 * makes (pump parts, brake blocks and heads, water-utility castings, burners and sleeves, railway
 * blocks), twelve months each, over 168 members whose months are already partly booked. Capacities
 * follow the shape of the demo cooperative: most members pour grey iron, few the other families.
 */
final class RealisticProblems {

    static final int MEMBERS = 168;
    static final int MONTHS = 12;
    static final YearMonth START = YearMonth.of(2027, 1);
    /** The demo cooperative's fairness weight, rupiah per kilogram away from the fair share. */
    static final long FAIRNESS = 1_500;

    private static final String MACHINING = "machining";
    private static final String PAINTING = "painting";
    private static final String SPECTROMETER = "spectrometer";

    private RealisticProblems() {
    }

    /** A line as a buyer schedules it: weight, pieces a month, and what a member needs besides the material. */
    private record Part(String name, MaterialFamily material, int grams, int perMonth, Set<String> needs, boolean wholeMonthToOne) {
    }

    private static final List<List<Part>> CONTRACTS = List.of(
            List.of(new Part("Pump housing", MaterialFamily.GREY_IRON, 4_200, 3_000, Set.of(MACHINING), false),
                    new Part("Pump cover", MaterialFamily.GREY_IRON, 1_600, 3_000, Set.of(MACHINING), false)),
            List.of(new Part("Brake block", MaterialFamily.HIGH_PHOSPHORUS_IRON, 8_000, 1_000, Set.of(), false),
                    new Part("Brake head", MaterialFamily.DUCTILE_IRON, 5_400, 500, Set.of(MACHINING), false)),
            List.of(new Part("Manhole cover D600", MaterialFamily.GREY_IRON, 62_000, 60, Set.of(PAINTING), false),
                    new Part("Valve box", MaterialFamily.GREY_IRON, 25_000, 150, Set.of(PAINTING), false),
                    new Part("Flanged tee DN100", MaterialFamily.DUCTILE_IRON, 14_500, 120, Set.of(MACHINING), false)),
            List.of(new Part("Burner head", MaterialFamily.GREY_IRON, 450, 8_000, Set.of(PAINTING), false),
                    new Part("Cylinder sleeve", MaterialFamily.GREY_IRON, 3_100, 200, Set.of(MACHINING, SPECTROMETER), true)),
            List.of(new Part("Metallic brake block", MaterialFamily.HIGH_PHOSPHORUS_IRON, 8_200, 2_000, Set.of(), false),
                    new Part("Composite brake block", MaterialFamily.POLYMER_COMPOSITE, 6_800, 1_500, Set.of(), false)));

    static List<YearMonth> months() {
        var months = new ArrayList<YearMonth>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(START.plusMonths(i));
        }
        return months;
    }

    /** The five contracts' lines, monthly quantities varying ±15 % around each buyer's schedule. */
    static List<List<LineDemand>> contracts(long seed) {
        var random = new Random(seed);
        var contracts = new ArrayList<List<LineDemand>>();
        for (int c = 0; c < CONTRACTS.size(); c++) {
            var lines = new ArrayList<LineDemand>();
            for (int p = 0; p < CONTRACTS.get(c).size(); p++) {
                var part = CONTRACTS.get(c).get(p);
                var pieces = new HashMap<YearMonth, Integer>();
                months().forEach(m -> pieces.put(m, (int) Math.round(part.perMonth() * (0.85 + 0.3 * random.nextDouble()))));
                int busiest = pieces.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
                // The service's default rule: a lot of 5 % of the busiest month, at most half a month per member.
                int minLot = part.wholeMonthToOne() ? 50 : Math.max(1, Math.round(busiest * 0.05f));
                lines.add(new LineDemand("C" + c + "L" + p, part.name(), part.material(), part.grams(), pieces, minLot,
                        part.wholeMonthToOne() ? 1.0 : 0.5));
            }
            contracts.add(lines);
        }
        return contracts;
    }

    /** 168 members with capacities, capabilities, prices per kilogram and months already partly booked. */
    static List<Supplier> members(long seed, List<List<LineDemand>> contracts) {
        var allLines = contracts.stream().flatMap(List::stream).toList();
        var random = new Random(seed * 31 + 7);
        var suppliers = new ArrayList<Supplier>();
        for (int s = 0; s < MEMBERS; s++) {
            var capacity = capacity(random, s);
            var has = new HashSet<String>();
            if (random.nextDouble() < 0.4) {
                has.add(MACHINING);
            }
            if (random.nextDouble() < 0.5) {
                has.add(PAINTING);
            }
            if (random.nextDouble() < 0.08) {
                has.add(SPECTROMETER);
            }
            var existing = new HashMap<YearMonth, Map<MaterialFamily, Long>>();
            for (var month : months()) {
                var booked = new EnumMap<MaterialFamily, Long>(MaterialFamily.class);
                capacity.forEach((material, kg) -> booked.put(material, random.nextDouble() < 0.6 ? (long) (kg * 0.5 * random.nextDouble()) : 0L));
                existing.put(month, booked);
            }
            suppliers.add(offers(random, s + 1, capacity, has, existing, allLines));
        }
        return suppliers;
    }

    private static Map<MaterialFamily, Long> capacity(Random random, int index) {
        var capacity = new EnumMap<MaterialFamily, Long>(MaterialFamily.class);
        addCapacity(random, capacity, MaterialFamily.GREY_IRON, 0.87, 19_000);
        addCapacity(random, capacity, MaterialFamily.HIGH_PHOSPHORUS_IRON, 0.15, 24_000);
        addCapacity(random, capacity, MaterialFamily.DUCTILE_IRON, 0.13, 10_000);
        addCapacity(random, capacity, MaterialFamily.STEEL, 0.07, 15_000);
        // Composite presses are rare: every 33rd member, five in all.
        if (index % 33 == 5) {
            capacity.put(MaterialFamily.POLYMER_COMPOSITE, 4_000L + random.nextInt(8_000));
        }
        return capacity;
    }

    private static void addCapacity(Random random, Map<MaterialFamily, Long> capacity, MaterialFamily material, double share, long medianKg) {
        if (random.nextDouble() < share) {
            double kg = medianKg * Math.exp(0.9 * random.nextGaussian());
            capacity.put(material, Math.clamp(Math.round(kg / 100) * 100, 1_300L, 235_000L));
        }
    }

    private static final Map<MaterialFamily, Long> RUPIAH_PER_KG = Map.of(MaterialFamily.GREY_IRON, 15_000L,
            MaterialFamily.HIGH_PHOSPHORUS_IRON, 22_000L, MaterialFamily.DUCTILE_IRON, 20_000L, MaterialFamily.STEEL, 25_000L,
            MaterialFamily.POLYMER_COMPOSITE, 38_000L);

    private static Supplier offers(Random random, long id, Map<MaterialFamily, Long> capacity, Set<String> has,
                                   Map<YearMonth, Map<MaterialFamily, Long>> existing, List<LineDemand> allLines) {
        double priceLevel = 0.9 + 0.25 * random.nextDouble();
        long transportPerTonne = 100_000 + random.nextInt(500_000);
        double risk = random.nextDouble() < 0.3 ? 0.03 * random.nextDouble() : 0;
        var offers = new HashMap<String, Supplier.Offer>();
        var lacks = new HashMap<String, List<String>>();
        for (var line : allLines) {
            var part = part(line.label());
            var missing = part.needs().stream().filter(n -> !has.contains(n)).sorted().toList();
            if (!capacity.containsKey(line.material()) || !missing.isEmpty()) {
                lacks.put(line.key(), capacity.containsKey(line.material()) ? missing : List.of("no " + line.material()));
                continue;
            }
            long price = Math.round(RUPIAH_PER_KG.get(line.material()) * priceLevel * line.gramsPerPiece() / 1000);
            offers.put(line.key(), new Supplier.Offer(price, transportPerTonne * line.gramsPerPiece() / 1_000_000,
                    Math.round(price * risk)));
        }
        return new Supplier(id, "IKM " + id, capacity, existing, offers, lacks);
    }

    private static Part part(String name) {
        return CONTRACTS.stream().flatMap(List::stream).filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** One contract's allocation, as the service poses it. */
    static AllocationProblem problem(List<LineDemand> lines, List<Supplier> suppliers) {
        return new AllocationProblem(lines, suppliers, months(), List.of(), FAIRNESS);
    }

    /** The members after a plan is published: its kilograms become work orders already booked in their months. */
    static List<Supplier> afterPublishing(List<Supplier> suppliers, AllocationProblem problem, List<Assignment> plan) {
        var added = new HashMap<Long, Map<YearMonth, Map<MaterialFamily, Long>>>();
        for (var a : plan) {
            var line = Explanations.line(problem, a.lineKey());
            added.computeIfAbsent(a.memberId(), k -> new HashMap<>()).computeIfAbsent(a.month(), k -> new HashMap<>())
                    .merge(line.material(), Math.ceilDiv((long) a.pieces() * line.gramsPerPiece(), 1000), Long::sum);
        }
        return suppliers.stream().map(s -> {
            var existing = new HashMap<YearMonth, Map<MaterialFamily, Long>>();
            s.existingKg().forEach((month, kg) -> existing.put(month, new HashMap<>(kg)));
            added.getOrDefault(s.memberId(), Map.of()).forEach((month, kg) -> kg.forEach((material, more) ->
                    existing.computeIfAbsent(month, k -> new HashMap<>()).merge(material, more, Long::sum)));
            return new Supplier(s.memberId(), s.name(), s.kgPerMonth(), existing, s.offers(), s.lacks());
        }).toList();
    }
}
