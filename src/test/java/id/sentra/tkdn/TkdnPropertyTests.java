package id.sentra.tkdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of both regulations on seeded random cost structures (one seed per case, reproducible). */
class TkdnPropertyTests {

    private final Tkdn tkdn = new Tkdn();

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            seeds.add(seed * 7919);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tkdnStaysBetweenZeroAndHundredAndEveryLineSplitsItsCostExactly(long seed) {
        CostStructure s = structure(new Random(seed));
        for (Regulation regulation : Regulation.values()) {
            TkdnAssessment a = tkdn.assess(s, regulation);

            assertThat(a.tkdnPercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            for (AssessedLine line : a.lines()) {
                assertThat(line.domestic()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                assertThat(line.foreign()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                assertThat(line.domestic().add(line.foreign())).isEqualByComparingTo(line.cost());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void movingALineFromImportedToDomesticNeverLowersTkdn(long seed) {
        Random random = new Random(seed);
        CostStructure s = structure(random);
        int index = random.nextInt(s.lines().size());
        CostLine line = s.lines().get(index);
        List<Origin> domestic = line.category() == CostCategory.DIRECT_LABOUR
                ? List.of(Origin.domestic())
                : List.of(Origin.domestic(), Origin.domesticFromImportedMaterial(), certified(random));
        for (Regulation regulation : Regulation.values()) {
            BigDecimal imported = tkdn.assess(with(s, index, Origin.imported()), regulation).tkdnPercent();
            for (Origin origin : domestic) {
                assertThat(tkdn.assess(with(s, index, origin), regulation).tkdnPercent())
                        .as("%s, line %d as %s", regulation, index + 1, origin)
                        .isGreaterThanOrEqualTo(imported);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cascadedInputWithHundredPercentTkdnCountsInFull(long seed) {
        Random random = new Random(seed);
        CostStructure s = structure(random);
        int index = materialIndex(s, random);
        for (Regulation regulation : Regulation.values()) {
            TkdnAssessment cascaded = tkdn.assess(with(s, index, Origin.certified("100")), regulation);
            TkdnAssessment homeMade = tkdn.assess(with(s, index, Origin.domestic()), regulation);

            AssessedLine line = cascaded.lines().get(index);
            assertThat(line.creditPercent()).isEqualByComparingTo("100");
            assertThat(line.domestic()).isEqualByComparingTo(line.cost());
            assertThat(cascaded.tkdnPercent()).isEqualByComparingTo(homeMade.tkdnPercent());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bmpNeverExceedsFifteen(long seed) {
        Random random = new Random(seed);
        Map<BmpFactor, BigDecimal> fulfilment = new EnumMap<>(BmpFactor.class);
        for (BmpFactor factor : BmpFactor.values()) {
            if (random.nextBoolean()) {
                fulfilment.put(factor, BigDecimal.valueOf(random.nextInt(101), 2));
            }
        }
        CostStructure s = structure(random);
        CostStructure claimed = new CostStructure(s.product(), s.lines(), s.factory(), new BmpClaim.Factors(fulfilment));

        TkdnAssessment a = tkdn.assess(claimed, Regulation.PERMENPERIN_35_2025);

        assertThat(a.bmpPercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(15));
        assertThat(a.totalPercent()).isEqualByComparingTo(a.tkdnPercent().add(a.bmpPercent()));
    }

    /** 1–6 material lines, 0–3 labour and 0–3 overhead lines, random origins, quantities and prices. */
    private static CostStructure structure(Random random) {
        List<CostLine> lines = new ArrayList<>();
        int materials = 1 + random.nextInt(6);
        for (int i = 0; i < materials; i++) {
            lines.add(line(random, CostKind.values()[random.nextInt(10)], origin(random)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            lines.add(line(random, CostKind.DIRECT_LABOUR, random.nextBoolean() ? Origin.domestic() : Origin.imported()));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            lines.add(line(random, CostKind.values()[11 + random.nextInt(4)], origin(random)));
        }
        FactoryBasis factory = FactoryBasis.values()[random.nextInt(FactoryBasis.values().length)];
        return new CostStructure("product " + random.nextInt(1000), lines, factory);
    }

    private static CostLine line(Random random, CostKind kind, Origin origin) {
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(400), 2);
        BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(5_000_000));
        return new CostLine(kind.name().toLowerCase(), kind, quantity, price, origin);
    }

    private static Origin origin(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Origin.imported();
            case 1 -> Origin.domestic();
            case 2 -> Origin.domesticFromImportedMaterial();
            default -> certified(random);
        };
    }

    private static Origin certified(Random random) {
        return Origin.certified(BigDecimal.valueOf(random.nextInt(10001), 2));
    }

    private static int materialIndex(CostStructure s, Random random) {
        int materials = s.lines(CostCategory.DIRECT_MATERIAL).size();
        return random.nextInt(materials);
    }

    private static CostStructure with(CostStructure s, int index, Origin origin) {
        List<CostLine> lines = new ArrayList<>(s.lines());
        CostLine old = lines.get(index);
        lines.set(index, new CostLine(old.item(), old.kind(), old.quantity(), old.unitPrice(), origin));
        return new CostStructure(s.product(), lines, s.factory(), s.bmp());
    }
}
