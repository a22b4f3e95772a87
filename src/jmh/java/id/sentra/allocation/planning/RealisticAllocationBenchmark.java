package id.sentra.allocation.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The realistic case, timed: five twelve-month contracts over 168 members with work orders
 * already booked, planned as the service plans them (the plan at the fairness weight, the cheapest
 * plan beside it, the explanations). Run by {@code bench/allocation}, never by {@code ./mvnw test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class RealisticAllocationBenchmark {

    @Param("2027")
    public long seed;

    private final Planner planner = new Planner();
    private List<List<LineDemand>> contracts;
    private List<Supplier> members;

    @Setup
    public void generate() {
        contracts = RealisticProblems.contracts(seed);
        members = RealisticProblems.members(seed, contracts);
    }

    /** As the operator works: each contract allocated in turn, its plan booked as work orders before the next. */
    @Benchmark
    public List<AllocationPlan> fiveContractsOneAfterAnother() {
        return oneAfterAnother(planner, contracts, members);
    }

    /** The five contracts allocated in one go: the pieces of one material carry several contracts' lines. */
    @Benchmark
    public AllocationPlan fiveContractsAtOnce() {
        return planner.plan(RealisticProblems.problem(contracts.stream().flatMap(List::stream).toList(), members));
    }

    static List<AllocationPlan> oneAfterAnother(Planner planner, List<List<LineDemand>> contracts, List<Supplier> members) {
        var plans = new ArrayList<AllocationPlan>();
        var booked = members;
        for (var lines : contracts) {
            var problem = RealisticProblems.problem(lines, booked);
            var plan = planner.plan(problem);
            plans.add(plan);
            booked = RealisticProblems.afterPublishing(booked, problem, plan.assignments());
        }
        return plans;
    }
}
