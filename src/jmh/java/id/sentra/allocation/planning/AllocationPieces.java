package id.sentra.allocation.planning;

/**
 * Where the realistic allocation's time goes: each contract one after another, piece by piece on
 * one thread — how the piece was settled (local search within the bound's tolerance, or CP-SAT),
 * its gap to the bound and its time. Run by {@code bench/allocation --pieces}.
 */
public final class AllocationPieces {

    private AllocationPieces() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2027;
        var contracts = RealisticProblems.contracts(seed);
        var booked = RealisticProblems.members(seed, contracts);
        var planner = new Planner();
        planner.plan(RealisticProblems.problem(contracts.get(0), booked));
        System.out.println("| contract | material | lines | members | month | fairness | plan | gap to bound | CP-SAT | ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int c = 0; c < contracts.size(); c++) {
            var problem = RealisticProblems.problem(contracts.get(c), booked);
            for (long fairness : new long[] {RealisticProblems.FAIRNESS, 0}) {
                for (var piece : Decomposition.pieces(problem.withFairness(fairness))) {
                    print(c, piece);
                }
            }
            long started = System.nanoTime();
            var plan = planner.plan(problem);
            System.out.printf("| %d | whole contract (plan, cheapest plan, explanations; pieces in parallel) | %d | | | | %s | | | %.0f |%n",
                    c + 1, contracts.get(c).size(), plan.status(), (System.nanoTime() - started) / 1e6);
            booked = RealisticProblems.afterPublishing(booked, problem, plan.assignments());
        }
    }

    private static void print(int contract, AllocationProblem piece) {
        long started = System.nanoTime();
        var solved = Decomposition.solvePiece(piece);
        double ms = (System.nanoTime() - started) / 1e6;
        var model = new PieceModel(piece);
        model.placePins();
        long searched = LocalSearch.start(model, GreedyHint.of(piece)).improve().value();
        if (piece.lines().size() > 1) {
            var reversed = new AllocationProblem(piece.lines().reversed(), piece.suppliers(), piece.months(), piece.pins(), piece.fairnessRupiahPerKg());
            searched = Math.min(searched, LocalSearch.start(model, GreedyHint.of(reversed)).improve().value());
        }
        double bound = LagrangianBound.of(model);
        double gap = (Decomposition.valueOf(model, solved) - bound) / Math.max(1, bound) * 100;
        // As the planner decides, except that it stops the bound once it accepts: the full bound can only accept more.
        boolean solver = searched > bound + Math.max(1000, bound * Decomposition.ACCEPTED_GAP);
        System.out.printf("| %d | %s | %d | %d | %s | %d | %s | %.3f %% | %s | %.1f |%n", contract + 1, piece.lines().get(0).material(),
                piece.lines().size(), model.members(), piece.months().get(0), piece.fairnessRupiahPerKg(), solved.status(), gap,
                solver ? "yes" : "no", ms);
    }
}
