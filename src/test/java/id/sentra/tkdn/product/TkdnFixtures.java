package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.tkdn.CostKind;
import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.Regulation;

/** Demo products to test on, picked so that tests that change one do not touch another's, and simple cost structures. */
public final class TkdnFixtures {

    public static final String SLEEVES = "TMMIN/PUR/CS/2026-07";
    public static final String BRAKE_BLOCKS = "KAI/PGD/BR-M/2026-07";
    public static final String PUMPS = "PMI/PUR/PUMP/2026-07";
    public static final String MANHOLES = "PDAM-SKA/PBJ/2026/118";

    private final JdbcClient jdbc;

    public TkdnFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code nth} (0-based) demo product of a contract's line, by member id. */
    public long product(String contractReference, int lineNo, int nth) {
        return jdbc.sql("""
                        select p.id from tkdn_product p join contract c on c.id = p.contract_id
                        where c.reference = :reference and p.line_no = :line order by p.member_id offset :nth limit 1""")
                .param("reference", contractReference).param("line", lineNo).param("nth", nth).query(Long.class).single();
    }

    /** The first demo product of a contract's line made by another member than this one. */
    public long productNotOf(String contractReference, int lineNo, long memberId) {
        return jdbc.sql("""
                        select p.id from tkdn_product p join contract c on c.id = p.contract_id
                        where c.reference = :reference and p.line_no = :line and p.member_id <> :member order by p.member_id limit 1""")
                .param("reference", contractReference).param("line", lineNo).param("member", memberId).query(Long.class).single();
    }

    public long memberOf(long productId) {
        return jdbc.sql("select member_id from tkdn_product where id = :id").param("id", productId).query(Long.class).single();
    }

    public long contract(String reference) {
        return jdbc.sql("select id from contract where reference = :r").param("r", reference).query(Long.class).single();
    }

    /**
     * Material 100 000 per unit: pig iron 60 000 with the given origin, ferro-alloy 25 000 imported, sand 15 000 domestic;
     * WNI labour and energy 10 000 each. Under 35/2025 with its own factory: domestic pig iron gives 0.75 × 75 + 10 + 15
     * = 81.25 %, imported pig iron 0.75 × 15 + 25 = 36.25 %.
     */
    public static CostDraft pigIronDraft(OriginKind pigIron, boolean fromHeats, LocalDate from, LocalDate to) {
        return new CostDraft(Regulation.PERMENPERIN_35_2025, FactoryBasis.OWN_FACTORY, BigDecimal.ZERO, from, to, List.of(
                line("Besi kasar", CostKind.PIG_IRON, "60000", pigIron, fromHeats),
                line("Paduan fero", CostKind.FERRO_ALLOY, "25000", OriginKind.IMPORTED, false),
                line("Pasir cetak", CostKind.SAND, "15000", OriginKind.DOMESTIC, false),
                line("Tenaga kerja", CostKind.DIRECT_LABOUR, "10000", OriginKind.DOMESTIC, false),
                line("Energi", CostKind.ENERGY, "10000", OriginKind.DOMESTIC, false)));
    }

    static LineDraft line(String item, CostKind kind, String price, OriginKind origin, boolean fromHeats) {
        return new LineDraft(item, kind, BigDecimal.ONE, new BigDecimal(price), origin, null, null, fromHeats);
    }
}
