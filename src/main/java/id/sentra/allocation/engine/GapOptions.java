package id.sentra.allocation.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The command-line options of {@link GapCommand}. */
record GapOptions(List<Path> files, long millis, GapCommand.Solver solver, int workers, int rounds, long seed) {

    static final String USAGE = """
            usage: bench/gap [--seconds N] [--solver engine|cpsat|timefold] [--workers W] [--rounds R] [--seed S] FILE...
              --seconds N  time limit per problem (default 10)
              --solver     engine (default), cpsat (plain CP-SAT) or timefold (plain Timefold local search)
              --workers W  CP-SAT workers of the cpsat baseline (default 2)
              --rounds R   deterministic mode for the engine: R rounds of fixed work instead of a time limit
              --seed S     random seed (default 1)""";

    static GapOptions parse(String[] args) {
        List<Path> files = new ArrayList<>();
        long millis = 10_000;
        GapCommand.Solver solver = GapCommand.Solver.ENGINE;
        int workers = 2;
        int rounds = 0;
        long seed = 1;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--seconds" -> millis = Math.round(Double.parseDouble(value(args, ++k)) * 1000);
                case "--solver" -> solver = GapCommand.Solver.valueOf(value(args, ++k).toUpperCase(Locale.ROOT));
                case "--workers" -> workers = Integer.parseInt(value(args, ++k));
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++k));
                case "--seed" -> seed = Long.parseLong(value(args, ++k));
                default -> files.add(Path.of(args[k]));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no GAP file given");
        }
        return new GapOptions(List.copyOf(files), millis, solver, workers, rounds, seed);
    }

    SolveBudget budget() {
        return rounds > 0 ? SolveBudget.deterministic(rounds, seed) : new SolveBudget(Duration.ofMillis(millis), 0, seed);
    }

    private static String value(String[] args, int k) {
        if (k >= args.length) {
            throw new IllegalArgumentException(args[k - 1] + " needs a value");
        }
        return args[k];
    }
}
