package id.sentra.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sentra.TestDatabase;

/**
 * The generator is deterministic (same seed and scale, same data) on both of its paths, COPY into PostgreSQL and
 * batched inserts into H2, and every id it writes with foreign-key checks off refers to a row that exists.
 */
class NationalDataTests {

    private static final double SCALE = 0.0002;
    private static final String H2 = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final List<String> SAMPLES = List.of(
            "select id, cooperative_id, legal_name, nib, workforce, kabupaten from member order by id",
            "select id, buyer_id, cooperative_id, status, reference from contract order by id",
            "select contract_id, contract_key, line_no, period, quantity from contract_schedule where mod(contract_id, 3) = 0 order by 1, 2",
            "select id, plan_id, member_id, line_no, period, pieces, unit_price, status, shipped_on from work_order where mod(id, 7) = 0 order by id",
            "select id, member_id, heat_number, grade_code, melted_on, tensile_mpa, hardness_hb from heat where mod(id, 7) = 0 order by id",
            "select heat_id, element, mass_percent from heat_reading where mod(heat_id, 7) = 0 order by 1, 2",
            "select id, work_order_id, member_id, made_on, quantity_made from lot where mod(id, 7) = 0 order by id",
            "select id, spec_id, sampling_plan, defectives, decided from lot_inspection where mod(id, 7) = 0 order by id",
            "select lot_inspection_id, check_key, message_key, arguments from lot_inspection_check where mod(lot_inspection_id, 11) = 0 order by 1, 2",
            "select lot_inspection_id, sample_no, measured from lot_inspection_measurement where mod(lot_inspection_id, 11) = 0 order by 1, 2");

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void sameSeedAndScaleLoadTheSameRowsTwice() throws Exception {
        var first = load("jdbc:h2:mem:generator-first" + H2, "sa");
        var second = load("jdbc:h2:mem:generator-second" + H2, "sa");

        assertThat(first.counts()).isEqualTo(second.counts());
        assertThat(first.counts()).containsEntry("heat", 1_000L).containsEntry("lot", 1_000L).containsEntry("work_order", 200L);
        assertThat(first.checksum()).isEqualTo(second.checksum());
    }

    @Test
    void postgresLoadedByCopyHoldsTheSameRowsAsTheEmbeddedDatabase() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
        var embedded = load("jdbc:h2:mem:generator-embedded" + H2, "sa");
        var postgres = load(TestDatabase.url() + "_generator", TestDatabase.user());

        assertThat(postgres.counts()).isEqualTo(embedded.counts());
        assertThat(postgres.checksum()).isEqualTo(embedded.checksum());
    }

    @Test
    void everyReferenceWrittenWithForeignKeyChecksOffFindsItsRow() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
        String url = TestDatabase.url() + "_generator";
        load(url, TestDatabase.user());

        var orphans = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password())) {
            var keys = connection.createStatement().executeQuery("""
                    select c.conrelid::regclass, c.conname, a.attname, c.confrelid::regclass, r.attname
                    from pg_constraint c
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                    join pg_attribute r on r.attrelid = c.confrelid and r.attnum = c.confkey[1]
                    where c.contype = 'f'""");
            while (keys.next()) {
                String sql = "select count(*) from %s t where t.%s is not null and not exists (select 1 from %s r where r.%s = t.%s)"
                        .formatted(keys.getString(1), keys.getString(3), keys.getString(4), keys.getString(5), keys.getString(3));
                var count = connection.createStatement().executeQuery(sql);
                count.next();
                if (count.getLong(1) > 0) {
                    orphans.add(keys.getString(2) + ": " + count.getLong(1));
                }
            }
        }
        assertThat(orphans).isEmpty();
    }

    record Loaded(Map<String, Long> counts, String checksum) {
    }

    private static Loaded load(String url, String user) throws Exception {
        String password = user.equals("sa") ? "" : TestDatabase.password();
        var options = new NationalData.Options(SCALE, url, user, password, 7, YearMonth.of(2026, 12), true, false, false);
        NationalData.run(options, QUIET);
        try (var connection = DriverManager.getConnection(url, user, password)) {
            var counts = new LinkedHashMap<String, Long>();
            for (String table : List.of("member", "buyer", "contract", "contract_schedule", "work_order", "heat", "heat_reading",
                    "heat_charge", "lot", "lot_heat", "lot_inspection", "lot_inspection_check", "lot_inspection_measurement", "ncr")) {
                var rows = connection.createStatement().executeQuery("select count(*) from " + table);
                rows.next();
                counts.put(table, rows.getLong(1));
            }
            var digest = MessageDigest.getInstance("SHA-256");
            for (String sample : SAMPLES) {
                var rows = connection.createStatement().executeQuery(sample);
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        digest.update(String.valueOf(rows.getString(c)).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                    }
                }
            }
            if (!url.startsWith("jdbc:postgresql:")) {
                connection.createStatement().execute("drop all objects");
            }
            return new Loaded(counts, HexFormat.of().formatHex(digest.digest()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
