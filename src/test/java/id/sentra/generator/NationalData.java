package id.sentra.generator;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The national-scale data generator of issue 6: loads a database through the application's own schema (its Flyway
 * migrations first) with clusters, cooperatives, members, buyers, contracts, plans, work orders, heats, lots and
 * inspections — the same seed and scale always give the same data. Run it with {@code bench/generate}:
 * <pre>
 * bench/generate --scale 0.1 --db jdbc:postgresql://127.0.0.1:5432/sentra_scale_small [--user postgres] [--password ...]
 *                [--seed 1] [--month 2026-12] [--drop] [--keep-indexes] [--no-vacuum]
 * </pre>
 */
public final class NationalData {

    static final List<String> IDENTITY_TABLES = List.of("cluster", "cooperative", "member", "buyer", "account", "contract",
            "product_spec", "allocation_plan", "work_order", "heat", "lot", "lot_inspection", "ncr");

    record Options(double scale, String url, String user, String password, long seed, YearMonth month, boolean drop,
                   boolean keepIndexes, boolean vacuum) {

        static Options parse(String... args) {
            double scale = 0.01;
            String url = null, user = null, password = "";
            long seed = 1;
            var month = YearMonth.now(ZoneOffset.UTC);
            boolean drop = false, keepIndexes = false, vacuum = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--scale" -> scale = Double.parseDouble(args[++i]);
                    case "--db" -> url = args[++i];
                    case "--user" -> user = args[++i];
                    case "--password" -> password = args[++i];
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--month" -> month = YearMonth.parse(args[++i]);
                    case "--drop" -> drop = true;
                    case "--keep-indexes" -> keepIndexes = true;
                    case "--no-vacuum" -> vacuum = false;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: --scale S --db JDBC_URL [--user U] [--password P] [--seed N] [--month YYYY-MM] [--drop] [--keep-indexes] [--no-vacuum]");
                }
            }
            if (url == null) {
                throw new IllegalArgumentException("--db JDBC_URL is required, e.g. --db jdbc:postgresql://127.0.0.1:5432/sentra_scale_small");
            }
            if (user == null) {
                user = url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
            }
            return new Options(scale, url, user, password, seed, month, drop, keepIndexes, vacuum);
        }
    }

    /** What a run loaded: rows per table and the times of its phases. */
    record Result(Volumes volumes, long rows, double loadSeconds, double indexSeconds, double vacuumSeconds, double totalSeconds,
                  String size, String report) {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(Options.parse(args), System.out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("generator: " + e.getMessage());
            System.exit(2);
        }
    }

    static Result run(Options options, PrintStream out) throws Exception {
        var volumes = Volumes.at(options.scale());
        var target = new Target(options.url(), options.user(), options.password());
        out.printf(Locale.ROOT, "generator: scale %s (%,d members, %,d contracts, %,d work orders, %,d heats, %,d lots), seed %d, month %s, %s, load %s%n",
                options.scale(), volumes.members(), volumes.contracts(), volumes.workOrders(), volumes.heats(), volumes.lots(),
                options.seed(), options.month(), options.url(), Progress.loadAverage());
        target.createIfMissing();
        if (options.drop()) {
            target.drop();
        }
        target.migrate();
        if (!target.empty()) {
            throw new IllegalStateException("the database already holds data; add --drop to empty it first");
        }
        var tables = loadedTables(target);
        if (!options.keepIndexes()) {
            target.dropSecondaryIndexes(tables);
        }
        var progress = new Progress(out, 10);
        var seeds = new Seeds(options.seed());
        var months = new Months(options.month());
        var registry = new Registry(volumes, seeds);
        var contracts = new Contracts(volumes, seeds);
        var sink = new Tables(target, progress);
        // Registry and contracts load beside production: two generating threads, each with its own COPY sessions.
        var demand = CompletableFuture.runAsync(() -> {
            new RegistryLoad(volumes, seeds, registry, months.start(0)).load(sink);
            new DemandLoad(contracts, months, seeds).load(sink);
        });
        new ProductionLoad(contracts, registry, months, seeds).load(sink, volumes.members());
        demand.join();
        if (!target.postgres()) {
            target.execute("set referential_integrity true");
        }
        double loaded = progress.seconds();
        out.printf(Locale.ROOT, "generator: %,d rows loaded in %.1f s (%,.0f rows/s), load %s%n", progress.totalRows(), loaded,
                progress.totalRows() / loaded, Progress.loadAverage());
        for (String index : target.droppedIndexes()) {
            target.execute(index);
        }
        double indexed = progress.seconds();
        if (!target.droppedIndexes().isEmpty()) {
            out.printf(Locale.ROOT, "generator: %d secondary indexes rebuilt in %.1f s%n", target.droppedIndexes().size(), indexed - loaded);
        }
        for (String table : IDENTITY_TABLES) {
            target.restartIdentity(table);
        }
        // National figures summed before this load (an application started on the empty database) are stale now:
        // without them the application sums the loaded data at its next start (insight.NationalFiguresAtStart).
        target.execute("delete from national_figures");
        if (options.vacuum() || !target.postgres()) {
            target.execute(target.postgres() ? "vacuum analyze" : "analyze");
        }
        double vacuumed = progress.seconds();
        out.printf(Locale.ROOT, "generator: %s in %.1f s%n", target.postgres() && options.vacuum() ? "vacuum analyze" : "analyze", vacuumed - indexed);
        progress.stop();
        var result = new Result(volumes, progress.totalRows(), loaded, indexed - loaded, vacuumed - indexed, progress.seconds(),
                target.size(), progress.report());
        out.print(result.report());
        out.printf(Locale.ROOT, "generator: done in %.1f s (load %.1f s, indexes %.1f s, vacuum/analyze %.1f s), %,d rows, database %s, load %s%n",
                result.totalSeconds(), loaded, result.indexSeconds(), result.vacuumSeconds(), result.rows(), result.size(), Progress.loadAverage());
        return result;
    }

    private static List<String> loadedTables(Target target) {
        var tables = new ArrayList<String>(List.of("member", "member_equipment", "member_process", "member_material",
                "member_certification", "member_capacity", "member_price", "buyer", "buyer_plant", "buyer_contact", "contract",
                "contract_line", "contract_line_process", "contract_schedule", "contract_quote", "contract_quote_price",
                "contract_call_off", "contract_status_change", "product_spec", "product_spec_revision", "product_spec_characteristic"));
        tables.addAll(List.of("allocation_plan", "contract_allocation", "allocation_line_rule", "allocation_quantity", "work_order",
                "heat", "heat_reading", "heat_charge", "lot", "lot_heat", "lot_defect", "lot_inspection", "lot_inspection_check",
                "lot_inspection_measurement", "ncr", "ncr_lot", "ncr_heat"));
        return tables;
    }
}
