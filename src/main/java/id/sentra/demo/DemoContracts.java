package id.sentra.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.sentra.demand.CallOffDetails;
import id.sentra.demand.CertificateType;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.LineSpecification;
import id.sentra.demand.MonthlyQuantity;
import id.sentra.demand.PriorSource;
import id.sentra.demand.ProductFamily;
import id.sentra.demand.ProductOrigin;
import id.sentra.demand.QualityRequirements;
import id.sentra.demand.QuoteDetails;
import id.sentra.demand.RfqDetails;
import id.sentra.demand.RfqLine;
import id.sentra.demand.Rupiah;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * The contracts of Koperasi Batur Jaya the articles tell of: 200 cylinder sleeves a month for the car maker,
 * metallic brake blocks for PT KAI whose call-offs fell far behind, the shift to composite brake blocks
 * (an open KAI RFQ, a changed INKA line), water-pump parts, stove burners and water-utility castings.
 * Schedules are laid around the current month (four months back), so the warnings show whenever the demo starts.
 */
@Component
class DemoContracts {

    /** KAI's monthly call-offs of metallic brake blocks from the first month on, against 2,000 scheduled. */
    static final List<Integer> KAI_METALLIC_CALL_OFFS = List.of(2_000, 1_400, 800, 400, 0);

    /*
     * Prior sources from the articles: cylinder sleeves were imported before the car maker's mentoring made KBJ a
     * supplier, and composite brake blocks are imported ("kalau kita bisa produksi yang komposit ini, impornya kita
     * tutup"); no country is named, so none is recorded. Metallic brake blocks, rolling-stock spare parts and
     * Panasonic's pump parts already came from Ceper/Klaten IKM; manhole covers and fittings from large domestic
     * foundries; Rinnai's burners are not told of.
     */
    private static final ProductOrigin IMPORTED_SLEEVES = ProductOrigin.imported(ProductFamily.CYLINDER_SLEEVE, null);
    private static final ProductOrigin IMPORTED_BRAKE_BLOCKS = ProductOrigin.imported(ProductFamily.BRAKE_BLOCK, null);
    private static final ProductOrigin KLATEN_PUMP_PARTS = ProductOrigin.of(ProductFamily.PUMP_PART, PriorSource.DOMESTIC_IKM);
    private static final ProductOrigin DOMESTIC_FITTINGS = ProductOrigin.of(ProductFamily.MANHOLE_COVER_FITTING,
            PriorSource.DOMESTIC_LARGE_INDUSTRY);

    private final ContractRegistry registry;
    private final ContractSearch search;
    private final Clock clock;

    DemoContracts(ContractRegistry registry, ContractSearch search, Clock clock) {
        this.registry = registry;
        this.search = search;
        this.clock = clock;
    }

    void register(SentraUser system, long baturJaya, Map<String, Long> buyers) {
        var current = YearMonth.now(clock);
        var start = current.minusMonths(4);
        var operator = new SentraUser(0, "operator", "Operator", null, Role.OPERATOR, baturJaya, null, null, false, true);
        var kai = new SentraUser(0, "buyer", "Pengadaan PT KAI", null, Role.BUYER, null, null, buyers.get(DemoBuyers.KAI), false, true);
        var parties = new Parties(system, operator);

        long sleeves = awarded(parties, system, rfq("Cylinder sleeve untuk pembuat piston ring (rantai pasok TMMIN)",
                "TMMIN/PUR/CS/2026-07", buyers.get("TMMIN"), baturJaya, "40",
                new QualityRequirements(new BigDecimal("1.33"), CertificateType.EN_10204_3_1, true), null,
                line(spec("Cylinder sleeve", "TMMIN-CS-1NZ-01", "TMMIN-DWG-CS-118", "D", "FC250 (cor sentrifugal)",
                        MaterialFamily.GREY_IRON, "3.100", Process.CENTRIFUGAL_CASTING, Process.MACHINING), 142_000, start, 12, 200,
                        IMPORTED_SLEEVES)),
                List.of(Rupiah.of(142_000)), 30, 250);
        produce(parties, system, sleeves, 1, start, List.of(200, 200, 200, 200, 200));

        long metallic = awarded(parties, kai, rfq("Blok rem metalik kereta penumpang dan KRD", "KAI/PGD/BR-M/2026-07",
                buyers.get(DemoBuyers.KAI), baturJaya, "40", new QualityRequirements(null, CertificateType.EN_10204_2_2, false), null,
                line(spec("Blok rem metalik", "KAI-BR-M-0412", "KAI-DWG-BR-0412", "B", "besi fosfor (blok rem)",
                        MaterialFamily.HIGH_PHOSPHORUS_IRON, "8.200", Process.SAND_CASTING), 185_000, start, 12, 2_000,
                        ProductOrigin.of(ProductFamily.BRAKE_BLOCK, PriorSource.DOMESTIC_IKM))),
                List.of(Rupiah.of(185_000)), 21, 2_500);
        produce(parties, kai, metallic, 1, start, KAI_METALLIC_CALL_OFFS);

        long composite = registry.createRfq(kai, rfq("Blok rem komposit K untuk KRL dan kereta penumpang", "KAI/PGD/BR-K/2026-11",
                buyers.get(DemoBuyers.KAI), baturJaya, "40", new QualityRequirements(new BigDecimal("1.33"), CertificateType.EN_10204_3_1, false),
                current.plusMonths(1).atDay(15),
                line(spec("Blok rem komposit", "KAI-BR-K-0520", "KAI-DWG-BR-0520", "A", "komposit polimer (blok rem K)",
                        MaterialFamily.POLYMER_COMPOSITE, "6.800", Process.COMPOSITE_PRESSING), 260_000, current.plusMonths(2), 12, 1_500,
                        IMPORTED_BRAKE_BLOCKS)));
        registry.publish(kai, composite, version(system, composite));

        long inka = awarded(parties, system, rfq("Blok rem dan dudukan blok rem untuk kereta baru", "INKA/SCM/BR/2026-08",
                buyers.get("INKA"), baturJaya, "45", new QualityRequirements(new BigDecimal("1.33"), CertificateType.EN_10204_3_1, true), null,
                line(spec("Blok rem kereta penumpang", "INKA-BR-2208", "INKA-DWG-2208", "B", "besi fosfor (blok rem)",
                        MaterialFamily.HIGH_PHOSPHORUS_IRON, "8.000", Process.SAND_CASTING), 190_000, start.plusMonths(1), 12, 1_000,
                        IMPORTED_BRAKE_BLOCKS),
                line(spec("Dudukan blok rem (brake head)", "INKA-BH-2210", "INKA-DWG-2210", "A", "FCD450",
                        MaterialFamily.DUCTILE_IRON, "5.400", Process.SAND_CASTING, Process.MACHINING), 165_000, start.plusMonths(1), 12, 500,
                        ProductOrigin.of(ProductFamily.RAILWAY_COMPONENT, PriorSource.DOMESTIC_IKM))),
                List.of(Rupiah.of(188_000), Rupiah.of(163_500)), 30, 1_200);
        produce(parties, system, inka, 1, start.plusMonths(1), List.of(1_000, 1_000, 900, 1_000));
        callOffs(system, inka, 2, start.plusMonths(1), List.of(500, 500, 500, 450));
        registry.changeSpecification(system, inka, version(system, inka), 1,
                spec("Blok rem komposit kereta penumpang", "INKA-BR-2208", "INKA-DWG-2208", "C", "komposit polimer (blok rem K)",
                        MaterialFamily.POLYMER_COMPOSITE, "6.800", Process.COMPOSITE_PRESSING),
                "Armada baru memakai blok rem komposit sesuai spesifikasi teknis terbaru");
        registry.createRfq(system, rfq("Blok rem komposit untuk LRT (rancangan)", "INKA/SCM/BR-K/2027-01", buyers.get("INKA"),
                baturJaya, "45", new QualityRequirements(new BigDecimal("1.33"), CertificateType.EN_10204_3_1, false), null,
                line(spec("Blok rem komposit LRT", "INKA-BR-K-3101", "INKA-DWG-3101", "A", "komposit polimer",
                        MaterialFamily.POLYMER_COMPOSITE, "5.900", Process.COMPOSITE_PRESSING), null, current.plusMonths(3), 12, 600,
                        IMPORTED_BRAKE_BLOCKS)));

        long pumps = awarded(parties, system, rfq("Komponen pompa air rumah tangga", "PMI/PUR/PUMP/2026-07",
                buyers.get("PANASONIC"), baturJaya, "35", new QualityRequirements(new BigDecimal("1.33"), CertificateType.EN_10204_2_2, false), null,
                line(spec("Rumah pompa (pump housing) 125 W", "PMI-PH-125", "PMI-DWG-PH-125", "E", "FC200",
                        MaterialFamily.GREY_IRON, "4.200", Process.SAND_CASTING, Process.MACHINING), 68_000, start, 12, 3_000, KLATEN_PUMP_PARTS),
                line(spec("Tutup pompa (pump cover) 125 W", "PMI-PC-125", "PMI-DWG-PC-125", "C", "FC200",
                        MaterialFamily.GREY_IRON, "1.600", Process.SAND_CASTING, Process.MACHINING), 29_000, start, 12, 3_000, KLATEN_PUMP_PARTS)),
                List.of(Rupiah.of(67_500), Rupiah.of(28_800)), 30, 3_500);
        produce(parties, system, pumps, 1, start, List.of(3_000, 2_800, 3_000, 2_600, 2_400));
        callOffs(system, pumps, 2, start, List.of(3_000, 2_800, 3_000, 2_600, 2_400));

        long burners = registry.createRfq(system, rfq("Kepala burner kompor gas dua tungku", "RINNAI/PUR/BRN/2026-11",
                buyers.get("RINNAI"), baturJaya, "35", new QualityRequirements(null, CertificateType.EN_10204_2_2, false),
                current.plusMonths(1).atDay(5),
                line(spec("Kepala burner besi cor", "RI-BRN-522", "RI-DWG-BRN-522", "F", "FC150",
                        MaterialFamily.GREY_IRON, "0.450", Process.SAND_CASTING, Process.PAINTING_COATING), 14_500, current.plusMonths(1), 12, 8_000,
                        ProductOrigin.of(ProductFamily.STOVE_BURNER, PriorSource.NOT_RECORDED))));
        registry.publish(system, burners, version(system, burners));
        registry.quote(operator, burners, version(system, burners),
                new QuoteDetails(List.of(Rupiah.of(13_900)), 45, 9_000, "Harga franco gudang Rinnai Cikarang"));

        // The water utility asks for 80 % local content; members melting imported pig iron and the ductile fittings'
        // imported resin and coating keep the contract just below it, which the TKDN warning shows.
        long pdam = registry.createRfq(operator, rfq("Tutup manhole dan fitting pipa distribusi", "PDAM-SKA/PBJ/2026/118",
                buyers.get("PDAM"), baturJaya, "80", new QualityRequirements(null, CertificateType.EN_10204_2_2, false), null,
                line(spec("Tutup manhole D600 kelas B125", "PDAM-MH-600", "PDAM-DWG-MH-600", "A", "FC250",
                        MaterialFamily.GREY_IRON, "62.000", Process.SAND_CASTING, Process.PAINTING_COATING), 1_650_000, current, 6, 60,
                        DOMESTIC_FITTINGS),
                line(spec("Tee flens DN100 PN10", "PDAM-TEE-100", "PDAM-DWG-TEE-100", "A", "FCD450",
                        MaterialFamily.DUCTILE_IRON, "14.500", Process.SAND_CASTING, Process.MACHINING), 420_000, current, 6, 120,
                        DOMESTIC_FITTINGS)));
        registry.publish(operator, pdam, version(system, pdam));
        registry.quote(operator, pdam, version(system, pdam),
                new QuoteDetails(List.of(Rupiah.of(1_620_000), Rupiah.of(415_000)), 30, 200, null));
        registry.award(operator, pdam, version(system, pdam), 1);
    }

    /** The two people who act in the demo history besides the buyer: the platform and the cooperative's operator. */
    private record Parties(SentraUser system, SentraUser operator) {
    }

    /** Posts, publishes, quotes and awards an RFQ as its buyer and the cooperative would. */
    private long awarded(Parties parties, SentraUser buyer, RfqDetails rfq, List<Rupiah> prices, int leadTimeDays, int capacity) {
        long id = registry.createRfq(buyer, rfq);
        registry.publish(buyer, id, version(parties.system(), id));
        registry.quote(parties.operator(), id, version(parties.system(), id), new QuoteDetails(prices, leadTimeDays, capacity, null));
        registry.award(buyer, id, version(parties.system(), id), 1);
        return id;
    }

    /** Starts production and records the buyer's call-offs of one line month by month from {@code from}. */
    private void produce(Parties parties, SentraUser buyer, long id, int lineNo, YearMonth from, List<Integer> quantities) {
        registry.startProduction(parties.operator(), id, version(parties.system(), id));
        callOffs(buyer, id, lineNo, from, quantities);
    }

    private void callOffs(SentraUser buyer, long id, int lineNo, YearMonth from, List<Integer> quantities) {
        for (int i = 0; i < quantities.size(); i++) {
            if (quantities.get(i) > 0) {
                registry.callOff(buyer, id, version(buyer, id), new CallOffDetails(lineNo, from.plusMonths(i), quantities.get(i),
                        "DO-" + from.plusMonths(i) + "-" + lineNo));
            }
        }
    }

    private int version(SentraUser user, long id) {
        return search.get(user, id).version();
    }

    private static RfqDetails rfq(String title, String reference, long buyer, long cooperative, String tkdn,
                                  QualityRequirements quality, java.time.@Nullable LocalDate quotesDueBy, RfqLine... lines) {
        return new RfqDetails(title, reference, buyer, cooperative, new BigDecimal(tkdn), quality, quotesDueBy, List.of(lines));
    }

    private static RfqLine line(LineSpecification spec, @Nullable Integer targetPrice, YearMonth first, int months, int perMonth,
                                ProductOrigin origin) {
        var schedule = IntStream.range(0, months).mapToObj(i -> new MonthlyQuantity(first.plusMonths(i), perMonth)).toList();
        return new RfqLine(spec, targetPrice == null ? null : Rupiah.of(targetPrice), schedule, origin);
    }

    private static LineSpecification spec(String name, String partNumber, String drawing, String revision, String grade,
                                           MaterialFamily family, String weightKg, Process... processes) {
        return new LineSpecification(name, partNumber, drawing, revision, grade, family, Set.of(processes), new BigDecimal(weightKg));
    }
}
