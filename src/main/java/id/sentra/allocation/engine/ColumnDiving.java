package id.sentra.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.jspecify.annotations.Nullable;

/**
 * A primal heuristic from branch-and-price: the Dantzig-Wolfe master of the GAP (each agent takes at most one
 * column, a job set that fits its capacity; every job is covered) is solved by column generation, pricing each
 * agent with a 0-1 knapsack on the reduced costs, and then a dive fixes the column of largest value, removes its
 * agent and jobs, and generates columns again, until every job is placed (Sadykov, Vanderbeck, Pessoa, Tahiri and
 * Uchoa, "Primal heuristics for branch and price: the assets of diving methods", INFORMS J. Computing 31, 2019).
 * A limited discrepancy search tries the next column instead at the first levels of the dive.
 * The master's duals are smoothed towards the best Lagrangian prices seen (Wentges 1997), which converges in far
 * fewer rounds than the raw duals on tight problems.
 */
final class ColumnDiving {

    /** Weight of the stability centre in the smoothed duals. */
    private static final double SMOOTHING = 0.5;
    /** Column generation at a node stops when the master is within this fraction of the Lagrangian bound. */
    private static final double CONVERGED = 1e-5;
    private static final double EPS = 1e-6;
    /** Extra columns tried at a node, beyond its discrepancies, when the dives below it found no plan. */
    private static final int RETRIES_ON_FAILURE = 1;
    /** Masters solved per call of dive() at most, per agent: bounds the work when no time limit does (deterministic mode). */
    private static final int NODES_PER_AGENT = 40;
    /** Columns handed from a node to its children per agent (besides those in the solution): fewer make the masters faster. */
    private static final int POOL_PER_AGENT = 40;

    private final GapProblem problem;
    private final Knapsack knapsack;
    private final double[] profit;
    private final boolean[] packed;
    private final long artificialCost;
    private long incumbentCost = Long.MAX_VALUE;
    private int @Nullable [] incumbent;
    private double rootBound = Double.NaN;
    private int nodesLeft;

    /** A job set for one agent, with its cost; jobs sorted. */
    record Column(int agent, int[] jobs, long cost) {

        /** The column of the jobs {@code holds} accepts, in job order, with their cost for the agent. */
        static Column of(GapProblem problem, int agent, IntPredicate holds) {
            int[] jobs = IntStream.range(0, problem.jobs()).filter(holds).toArray();
            long cost = 0;
            for (int j : jobs) {
                cost += problem.cost(agent, j);
            }
            return new Column(agent, jobs, cost);
        }

        long size(GapProblem problem) {
            long total = 0;
            for (int j : jobs) {
                total += problem.size(agent, j);
            }
            return total;
        }
    }

    ColumnDiving(GapProblem problem) {
        this.problem = problem;
        long maxCapacity = 0;
        long maxCost = 0;
        for (int i = 0; i < problem.agents(); i++) {
            maxCapacity = Math.max(maxCapacity, problem.capacity(i));
            for (int j = 0; j < problem.jobs(); j++) {
                maxCost = Math.max(maxCost, problem.cost(i, j));
            }
        }
        this.knapsack = new Knapsack(problem.jobs(), maxCapacity);
        this.profit = new double[problem.jobs()];
        this.packed = new boolean[problem.jobs()];
        this.artificialCost = 10 * maxCost + 10;
    }

    /** The best plan the dives found, or null. */
    int @Nullable [] best() {
        return incumbent == null ? null : incumbent.clone();
    }

    long bestCost() {
        return incumbentCost;
    }

    /** The root master's Lagrangian bound (a lower bound on the optimum), NaN before the first dive. */
    double rootBound() {
        return rootBound;
    }

    /**
     * Dives from the root, with {@code discrepancies} backtracks allowed in the first {@code depth} levels; seeds the
     * root with the columns of {@code plans} and prices first at {@code prices} (null: none).
     */
    void dive(List<int[]> plans, List<Column> columns, double @Nullable [] prices, int discrepancies, int depth, BooleanSupplier stop) {
        int[] none = new int[problem.jobs()];
        Arrays.fill(none, -1);
        Node root = new Node(none, new boolean[problem.agents()], 0);
        for (int[] plan : plans) {
            for (int i = 0; i < problem.agents(); i++) {
                int agent = i;
                Column column = Column.of(problem, agent, j -> plan[j] == agent);
                if (column.size(problem) <= problem.capacity(i)) {
                    root.addIfNew(column);
                }
            }
        }
        nodesLeft = NODES_PER_AGENT * problem.agents();
        for (Column column : columns) {
            root.addIfNew(column);
        }
        search(root, prices, discrepancies, depth, new HashSet<>(), stop);
    }

    /** Searches below {@code node}; returns whether a plan (better than the incumbent when it was found) lies below it. */
    private boolean search(Node node, double @Nullable [] prices, int discrepancies, int depth, Set<Column> tabu, BooleanSupplier stop) {
        if (stop.getAsBoolean() || nodesLeft-- <= 0) {
            return false;
        }
        if (node.freeJobs() == 0) {
            return record(node.plan());
        }
        if (node.freeAgents() == 0) {
            return false;
        }
        Master master = generate(node, prices, stop);
        if (node.fixedCost == 0 && Double.isNaN(rootBound)) {
            rootBound = master.bound;
        }
        if (master.artificial > EPS || node.fixedCost + Math.ceil(master.bound - 1e-6) >= incumbentCost) {
            return false;
        }
        List<Integer> byValue = new ArrayList<>();
        for (int k = 0; k < master.columns.size(); k++) {
            if (master.value[k] > EPS && !tabu.contains(master.columns.get(k))) {
                byValue.add(k);
            }
        }
        byValue.sort(Comparator.comparingDouble((Integer k) -> -master.value[k]));
        List<Column> order = byValue.stream().map(master.columns::get).toList();
        Set<Column> localTabu = new HashSet<>(tabu);
        List<Column> pool = master.pool(problem.agents(), POOL_PER_AGENT);
        int tries = depth > 0 ? discrepancies + 1 : 1;
        boolean found = false;
        int failures = 0;
        for (int t = 0; t < order.size() && !stop.getAsBoolean(); t++) {
            Column fixed = order.get(t);
            boolean below = search(node.fix(fixed, pool), master.duals, Math.max(0, discrepancies - t), depth - 1, localTabu, stop);
            found |= below;
            localTabu.add(fixed);
            // past the discrepancies allowed here, a dive that ended without a plan (a residual problem the master could not
            // cover) tries the next column once more: on tight problems the first column often leaves an infeasible rest
            if (t + 1 >= tries && (found || ++failures > RETRIES_ON_FAILURE)) {
                break;
            }
        }
        return found;
    }

    private boolean record(int[] plan) {
        if (problem.isFeasible(plan)) {
            long cost = problem.costOf(plan);
            if (cost < incumbentCost) {
                incumbentCost = cost;
                incumbent = plan;
                return true;
            }
        }
        return false;
    }

    /** Column generation at a node: the master's optimum (approximately) and its columns' values. */
    private Master generate(Node node, double @Nullable [] startPrices, BooleanSupplier stop) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            int jobs = problem.jobs();
            MPConstraint[] cover = new MPConstraint[jobs];
            MPConstraint[] convexity = new MPConstraint[problem.agents()];
            MPObjective objective = solver.objective();
            objective.setMinimization();
            List<MPVariable> artificials = new ArrayList<>();
            for (int j = 0; j < jobs; j++) {
                if (node.agentOf[j] < 0) {
                    cover[j] = solver.makeConstraint(1, MPSolver.infinity(), "");
                    MPVariable artificial = solver.makeNumVar(0, MPSolver.infinity(), "");
                    artificials.add(artificial);
                    cover[j].setCoefficient(artificial, 1);
                    objective.setCoefficient(artificial, artificialCost);
                }
            }
            for (int i = 0; i < problem.agents(); i++) {
                if (!node.agentFixed[i]) {
                    convexity[i] = solver.makeConstraint(-MPSolver.infinity(), 1, "");
                }
            }
            List<Column> columns = node.columns;
            List<MPVariable> vars = new ArrayList<>();
            for (Column c : columns) {
                vars.add(addVariable(solver, objective, cover, convexity, c));
            }
            double[] center = null;
            double centerBound = Double.NEGATIVE_INFINITY;
            if (startPrices != null) {
                center = new double[jobs];
                for (int j = 0; j < jobs; j++) {
                    center[j] = node.agentOf[j] < 0 ? Math.max(0, startPrices[j]) : 0;
                }
            }
            double lpValue;
            double[] solved;
            double artificial;
            double[] duals = new double[jobs];
            double[] agentDuals = new double[problem.agents()];
            while (true) {
                MPSolver.ResultStatus status = solver.solve();
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    throw new IllegalStateException("master LP not solved: " + status);
                }
                lpValue = objective.value();
                solved = new double[vars.size()];
                for (int k = 0; k < solved.length; k++) {
                    solved[k] = vars.get(k).solutionValue();
                }
                artificial = 0;
                for (MPVariable v : artificials) {
                    artificial += v.solutionValue();
                }
                for (int j = 0; j < jobs; j++) {
                    duals[j] = cover[j] == null ? 0 : cover[j].dualValue();
                }
                for (int i = 0; i < problem.agents(); i++) {
                    agentDuals[i] = convexity[i] == null ? 0 : convexity[i].dualValue();
                }
                boolean added = false;
                boolean smoothed = center != null;
                while (true) {
                    double[] point = smoothed ? mix(center, duals) : duals;
                    double bound = Arrays.stream(point).sum();
                    List<Column> found = new ArrayList<>();
                    for (int i = 0; i < problem.agents(); i++) {
                        if (node.agentFixed[i]) {
                            continue;
                        }
                        Column column = price(node, i, point);
                        bound -= column == null ? 0 : sum(point, column.jobs) - column.cost;
                        if (column != null && column.cost - sum(duals, column.jobs) - agentDuals[i] < -EPS && node.addIfNew(column)) {
                            found.add(column);
                        }
                    }
                    if (bound > centerBound) {
                        centerBound = bound;
                        center = point.clone();
                    }
                    for (Column c : found) {
                        vars.add(addVariable(solver, objective, cover, convexity, c));
                    }
                    added = !found.isEmpty();
                    if (added || !smoothed) {
                        break;
                    }
                    smoothed = false; // a mispricing: the smoothed point found nothing for the master's own duals
                }
                if (!added || lpValue - centerBound <= CONVERGED * Math.abs(lpValue) || stop.getAsBoolean()) {
                    break;
                }
            }
            List<Column> solvedColumns = new ArrayList<>(columns.subList(0, solved.length));
            double[] reduced = new double[solved.length];
            for (int k = 0; k < reduced.length; k++) {
                Column c = solvedColumns.get(k);
                reduced[k] = c.cost - sum(duals, c.jobs) - agentDuals[c.agent];
            }
            return new Master(solvedColumns, solved, reduced, centerBound, artificial,
                    center == null ? duals.clone() : center.clone());
        } finally {
            solver.delete();
        }
    }

    private static double[] mix(double[] center, double[] duals) {
        double[] point = new double[duals.length];
        for (int j = 0; j < duals.length; j++) {
            point[j] = SMOOTHING * center[j] + (1 - SMOOTHING) * duals[j];
        }
        return point;
    }

    private static double sum(double[] values, int[] jobs) {
        double total = 0;
        for (int j : jobs) {
            total += values[j];
        }
        return total;
    }

    /** The agent's most profitable job set at the given job prices, or null when no job pays. */
    private @Nullable Column price(Node node, int agent, double[] prices) {
        for (int j = 0; j < problem.jobs(); j++) {
            profit[j] = node.agentOf[j] < 0 && problem.allowed(agent, j) ? prices[j] - problem.cost(agent, j) : 0;
        }
        double best = knapsack.solve(profit, agent, problem, packed);
        return best <= EPS ? null : Column.of(problem, agent, j -> packed[j]);
    }

    private MPVariable addVariable(MPSolver solver, MPObjective objective, MPConstraint[] cover, MPConstraint[] convexity, Column column) {
        MPVariable v = solver.makeNumVar(0, MPSolver.infinity(), "");
        objective.setCoefficient(v, column.cost);
        convexity[column.agent].setCoefficient(v, 1);
        for (int j : column.jobs) {
            cover[j].setCoefficient(v, 1);
        }
        return v;
    }

    /** The master's solution at a node: its columns with their values, the Lagrangian bound and the smoothed prices. */
    private record Master(List<Column> columns, double[] value, double[] reducedCost, double bound, double artificial, double[] duals) {

        /** The columns worth keeping for the children: those in the solution and each agent's {@code perAgent} of lowest reduced cost. */
        List<Column> pool(int agents, int perAgent) {
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                order.add(k);
            }
            order.sort(Comparator.comparingDouble((Integer k) -> reducedCost[k]));
            int[] kept = new int[agents];
            List<Column> pool = new ArrayList<>();
            for (int k : order) {
                Column c = columns.get(k);
                if (value[k] > EPS || kept[c.agent] < perAgent) {
                    kept[c.agent]++;
                    pool.add(c);
                }
            }
            return pool;
        }
    }

    /** A node of the dive: the jobs already placed (on fixed agents) and the columns of the free agents over the free jobs. */
    private final class Node {

        final int[] agentOf;
        final boolean[] agentFixed;
        final long fixedCost;
        final List<Column> columns = new ArrayList<>();
        private final Set<Key> known = new HashSet<>();

        private Node(int[] agentOf, boolean[] agentFixed, long fixedCost) {
            this.agentOf = agentOf;
            this.agentFixed = agentFixed;
            this.fixedCost = fixedCost;
        }

        int freeJobs() {
            return (int) Arrays.stream(agentOf).filter(a -> a < 0).count();
        }

        int freeAgents() {
            int free = 0;
            for (boolean fixed : agentFixed) {
                free += fixed ? 0 : 1;
            }
            return free;
        }

        int[] plan() {
            return agentOf.clone();
        }

        boolean addIfNew(Column column) {
            if (column.jobs.length == 0) {
                return false;
            }
            if (known.add(new Key(column))) {
                columns.add(column);
                return true;
            }
            return false;
        }

        /** The child in which {@code fixed} is the plan of its agent; the other agents' columns lose the jobs it takes. */
        Node fix(Column fixed, List<Column> pool) {
            int[] childAgentOf = agentOf.clone();
            for (int j : fixed.jobs) {
                childAgentOf[j] = fixed.agent;
            }
            boolean[] childFixed = agentFixed.clone();
            childFixed[fixed.agent] = true;
            Node child = new Node(childAgentOf, childFixed, fixedCost + fixed.cost);
            for (Column c : pool) {
                if (c.agent == fixed.agent) {
                    continue;
                }
                int[] left = Arrays.stream(c.jobs).filter(j -> childAgentOf[j] < 0).toArray();
                if (left.length == c.jobs.length) {
                    child.addIfNew(c);
                } else if (left.length > 0) {
                    long cost = c.cost;
                    for (int j : c.jobs) {
                        if (childAgentOf[j] >= 0) {
                            cost -= problem.cost(c.agent, j);
                        }
                    }
                    child.addIfNew(new Column(c.agent, left, cost));
                }
            }
            return child;
        }
    }

    /** Identity of a column: agent and job set (records of arrays compare by reference). */
    private record Key(int agent, BitSet jobs) {

        Key(Column column) {
            this(column.agent, bits(column.jobs));
        }

        private static BitSet bits(int[] jobs) {
            BitSet set = new BitSet();
            for (int j : jobs) {
                set.set(j);
            }
            return set;
        }
    }
}
