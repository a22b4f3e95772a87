package id.sentra.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.Element;
import id.sentra.registry.MaterialFamily;

/**
 * A year of melts for one foundry, seeded by its id: chemistry scattered around the grade's usual
 * aim with the foundry's own bias and spread (some melt tightly, some loosely, so their control
 * charts and scorecards differ), now and then a heat off its aim, and a charge whose pig iron is
 * imported by some foundries and bought at home by others.
 */
final class DemoMelts {

    /** Usual aim and spread per element, by family: typical foundry practice for these grades (see the grade library's TYPICAL rows). */
    private static final Map<MaterialFamily, Map<Element, double[]>> AIM = Map.of(
            MaterialFamily.GREY_IRON, Map.of(Element.C, new double[] {3.25, 0.06}, Element.SI, new double[] {1.85, 0.09},
                    Element.MN, new double[] {0.65, 0.04}, Element.P, new double[] {0.09, 0.02}, Element.S, new double[] {0.08, 0.012}),
            MaterialFamily.HIGH_PHOSPHORUS_IRON, Map.of(Element.C, new double[] {3.05, 0.07}, Element.SI, new double[] {1.25, 0.08},
                    Element.MN, new double[] {0.45, 0.04}, Element.P, new double[] {0.65, 0.05}, Element.S, new double[] {0.09, 0.015}),
            MaterialFamily.DUCTILE_IRON, Map.of(Element.C, new double[] {3.65, 0.05}, Element.SI, new double[] {2.55, 0.08},
                    Element.MN, new double[] {0.25, 0.03}, Element.P, new double[] {0.03, 0.006}, Element.S, new double[] {0.012, 0.003},
                    Element.MG, new double[] {0.045, 0.005}));

    /** Mean tensile strength and hardness with their spread, by family. */
    private static final Map<MaterialFamily, int[]> MECHANICAL = Map.of(
            MaterialFamily.GREY_IRON, new int[] {270, 16, 205, 10},
            MaterialFamily.HIGH_PHOSPHORUS_IRON, new int[] {0, 0, 228, 9},
            MaterialFamily.DUCTILE_IRON, new int[] {490, 22, 180, 9});

    private DemoMelts() {
    }

    /** One foundry's way of melting: its bias (in spreads), its spread factor and how often a heat goes astray. */
    record Foundry(long memberId, String furnace, int kgPerHeat, double bias, double spread, double strayShare, boolean importsPigIron) {

        static Foundry of(long memberId, String furnace, int kgPerHeat) {
            var random = new Random(memberId * 7919L);
            return new Foundry(memberId, furnace, kgPerHeat, random.nextGaussian() * 0.5, 0.7 + random.nextDouble() * 0.9,
                    random.nextDouble() * 0.06, random.nextDouble() < 0.4);
        }
    }

    record Melt(String heatNumber, LocalDate meltedOn, LocalDate analysedOn, String grade, Map<Element, BigDecimal> readings,
                Integer tensileMpa, int hardnessHb, List<Charge> charges) {
    }

    record Charge(ChargeMaterial material, BigDecimal kg, ChargeOrigin origin) {
    }

    static List<Melt> month(Foundry foundry, YearMonth month, MaterialFamily family, String grade, int heats) {
        var random = new Random(foundry.memberId() * 31 + month.getYear() * 12L + month.getMonthValue());
        var melts = new ArrayList<Melt>();
        for (int i = 0; i < heats; i++) {
            LocalDate day = month.atDay(1 + (i * (month.lengthOfMonth() - 1)) / Math.max(1, heats));
            String number = "H" + month.toString().substring(2).replace("-", "") + "-" + String.format("%03d", i + 1);
            melts.add(melt(foundry, family, grade, number, day, random));
        }
        return melts;
    }

    private static Melt melt(Foundry foundry, MaterialFamily family, String grade, String number, LocalDate day, Random random) {
        boolean stray = random.nextDouble() < foundry.strayShare();
        var readings = new EnumMap<Element, BigDecimal>(Element.class);
        AIM.get(family).forEach((element, aim) -> {
            double sigma = aim[1] * foundry.spread();
            double value = aim[0] + foundry.bias() * aim[1] + random.nextGaussian() * sigma;
            if (stray && (element == Element.P || element == Element.S)) {
                value += 4 * aim[1];
            }
            readings.put(element, BigDecimal.valueOf(Math.max(0.001, value)).setScale(3, RoundingMode.HALF_UP));
        });
        int[] mechanical = MECHANICAL.get(family);
        Integer tensile = mechanical[0] == 0 ? null : (int) Math.round(mechanical[0] + random.nextGaussian() * mechanical[1] * foundry.spread());
        int hardness = (int) Math.round(mechanical[2] + random.nextGaussian() * mechanical[3] * foundry.spread());
        return new Melt(number, day, day.plusDays(1 + random.nextInt(2)), grade, readings, tensile, hardness,
                charge(foundry, family, random));
    }

    private static List<Charge> charge(Foundry foundry, MaterialFamily family, Random random) {
        double kg = foundry.kgPerHeat();
        double pig = 0.2 + random.nextDouble() * 0.15;
        double steel = family == MaterialFamily.DUCTILE_IRON ? 0.35 : 0.25;
        double returns = 0.2;
        double ironScrap = 1 - pig - steel - returns - 0.02;
        var charges = new ArrayList<Charge>();
        charges.add(new Charge(ChargeMaterial.PIG_IRON, kg(kg * pig), foundry.importsPigIron() ? ChargeOrigin.IMPORTED : ChargeOrigin.DOMESTIC));
        charges.add(new Charge(ChargeMaterial.STEEL_SCRAP, kg(kg * steel), ChargeOrigin.DOMESTIC));
        charges.add(new Charge(ChargeMaterial.CAST_IRON_SCRAP, kg(kg * ironScrap), ChargeOrigin.DOMESTIC));
        charges.add(new Charge(ChargeMaterial.RETURNS, kg(kg * returns), ChargeOrigin.DOMESTIC));
        charges.add(new Charge(ChargeMaterial.FERRO_SILICON, kg(kg * 0.012), ChargeOrigin.IMPORTED));
        charges.add(new Charge(ChargeMaterial.FERRO_MANGANESE, kg(kg * 0.004), ChargeOrigin.DOMESTIC));
        charges.add(new Charge(ChargeMaterial.INOCULANT, kg(kg * 0.003), ChargeOrigin.IMPORTED));
        if (family == MaterialFamily.DUCTILE_IRON) {
            charges.add(new Charge(ChargeMaterial.NODULARISER, kg(kg * 0.012), ChargeOrigin.IMPORTED));
        }
        return charges;
    }

    private static BigDecimal kg(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
