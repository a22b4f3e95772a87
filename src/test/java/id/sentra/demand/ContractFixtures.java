package id.sentra.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** RFQs as a railway buyer writes them: brake blocks, a monthly schedule, the usual TKDN floor. */
final class ContractFixtures {

    static final YearMonth FIRST_MONTH = YearMonth.of(2027, 1);

    private ContractFixtures() {
    }

    static LineSpecification metallicBrakeBlock() {
        return new LineSpecification("Blok rem metalik", "KAI-BR-0412", "DWG-BR-0412", "B", "besi fosfor (blok rem)",
                MaterialFamily.HIGH_PHOSPHORUS_IRON, Set.of(Process.SAND_CASTING), new BigDecimal("8.200"));
    }

    static LineSpecification compositeBrakeBlock() {
        return new LineSpecification("Blok rem komposit", "KAI-BR-0412", "DWG-BR-0412", "C", "komposit polimer (blok rem K)",
                MaterialFamily.POLYMER_COMPOSITE, Set.of(Process.COMPOSITE_PRESSING), new BigDecimal("5.400"));
    }

    static RfqDetails rfq(Long buyerId, Long cooperativeId, int monthlyQuantity, int months) {
        var schedule = java.util.stream.IntStream.range(0, months)
                .mapToObj(i -> new MonthlyQuantity(FIRST_MONTH.plusMonths(i), monthlyQuantity)).toList();
        return new RfqDetails("Blok rem metalik 2027", "KAI/PGD/2027/001", buyerId, cooperativeId, new BigDecimal("40"),
                new QualityRequirements(new BigDecimal("1.33"), CertificateType.EN_10204_3_1, true), null,
                List.of(new RfqLine(metallicBrakeBlock(), Rupiah.of(180_000), schedule)));
    }

    static Stamp by(String who, int minute) {
        return new Stamp(who, Instant.parse("2026-11-02T08:00:00Z").plusSeconds(60L * minute));
    }
}
