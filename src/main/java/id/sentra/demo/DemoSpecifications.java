package id.sentra.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Characteristic;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.ChemistryLimit;
import id.sentra.quality.Element;
import id.sentra.quality.Limits;
import id.sentra.quality.NewSpecification;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.Specifications;

/**
 * Product specifications for the demo contracts' parts, as the cooperative's operator enters them from the buyers'
 * drawings. The buyers' real drawings are not public: dimensions and drawing chemistry are plausible stand-ins
 * (the sleeve's "FC250 + P 0.2–0.4 + HB 200–250" follows the liner notes in DOMAIN-DATA.md).
 */
@Component
class DemoSpecifications {

    private final Specifications catalog;
    private final Clock clock;

    DemoSpecifications(Specifications catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    void register(long baturJaya, Map<String, Long> buyers) {
        var operator = new SentraUser(0, "operator", "Operator", null, Role.OPERATOR, baturJaya, null, null, false, true);
        var start = YearMonth.now(clock).minusMonths(4).atDay(1);
        long sleeve = create(operator, buyers.get("TMMIN"), "TMMIN-CS-1NZ-01", "Cylinder sleeve", start.minusMonths(8),
                content("TMMIN-DWG-CS-118", "C", "FC250", null, List.of(
                        dimension("Diameter luar", "81.000", "0", "0.050", false),
                        dimension("Diameter dalam (bore)", "75.000", "0", "0.030", true),
                        dimension("Panjang", "130.0", "-0.2", "0.2", false),
                        limits("Kekerasan", CharacteristicKind.HARDNESS, "HB", "200", "250", true)),
                        List.of(chem(Element.P, "0.20", "0.40"), chem(Element.S, null, "0.10"))));
        catalog.revise(operator, sleeve, catalog.specification(sleeve).orElseThrow().version(), new RevisionRequest(start, "Gambar rev. D: fosfor dipersempit untuk ketahanan aus",
                content("TMMIN-DWG-CS-118", "D", "FC250", null, List.of(
                        dimension("Diameter luar", "81.000", "0", "0.050", false),
                        dimension("Diameter dalam (bore)", "75.000", "0", "0.030", true),
                        dimension("Panjang", "130.0", "-0.2", "0.2", false),
                        limits("Kekerasan", CharacteristicKind.HARDNESS, "HB", "200", "250", true)),
                        List.of(chem(Element.P, "0.25", "0.40"), chem(Element.S, null, "0.10")))));
        create(operator, buyers.get(DemoBuyers.KAI), "KAI-BR-M-0412", "Blok rem metalik", start.minusMonths(1),
                content("KAI-DWG-BR-0412", "B", "RDSO-MTD-101-94", null, List.of(
                        dimension("Tebal blok", "60.0", "-1.0", "2.0", false),
                        limits("Kekerasan", CharacteristicKind.HARDNESS, "HB", "210", "250", true)),
                        List.of(chem(Element.P, "0.70", "1.00"), chem(Element.S, null, "0.15"))));
        create(operator, buyers.get("PANASONIC"), "PMI-PH-125", "Rumah pompa (pump housing) 125 W", start,
                content("PMI-DWG-PH-125", "E", "FC200", null, List.of(
                        dimension("Diameter dudukan bantalan", "52.000", "0", "0.030", true),
                        limits("Kerataan flens", CharacteristicKind.OTHER, "mm", null, "0.05", false)), List.of()));
        create(operator, buyers.get("PANASONIC"), "PMI-PC-125", "Tutup pompa (pump cover) 125 W", start,
                content("PMI-DWG-PC-125", "C", "FC200", null, List.of(
                        dimension("Diameter pusat (spigot)", "98.000", "-0.035", "0", true)), List.of()));
        create(operator, buyers.get("PDAM"), "PDAM-MH-600", "Tutup manhole D600 kelas B125", YearMonth.now(clock).atDay(1),
                content("PDAM-DWG-MH-600", "A", "FC250", "B125", List.of(
                        dimension("Bukaan bersih", "600", "0", "4", false),
                        limits("Berat tutup", CharacteristicKind.OTHER, "kg", "58", null, false)), List.of()));
        create(operator, buyers.get("PDAM"), "PDAM-TEE-100", "Tee flens DN100 PN10", YearMonth.now(clock).atDay(1),
                content("PDAM-DWG-TEE-100", "A", "FCD450-10", null, List.of(
                        limits("Tebal dinding", CharacteristicKind.DIMENSION, "mm", "7.0", null, true)), List.of()));
    }

    private long create(SentraUser operator, long buyer, String partNumber, String partName, LocalDate from, RevisionContent first) {
        return catalog.create(operator, new NewSpecification(null, buyer, partNumber, partName,
                new RevisionRequest(from, "Dari gambar pembeli", first)));
    }

    private static RevisionContent content(String drawing, String revision, String grade, @Nullable String loadClass,
                                           List<Characteristic> characteristics, List<ChemistryLimit> chemistry) {
        return new RevisionContent(drawing, revision, grade, loadClass, characteristics, chemistry);
    }

    private static Characteristic dimension(String name, String nominal, String lower, String upper, boolean key) {
        var n = new BigDecimal(nominal);
        return new Characteristic(name, CharacteristicKind.DIMENSION, "mm", n,
                new Limits(n.add(new BigDecimal(lower)), n.add(new BigDecimal(upper))), key);
    }

    private static Characteristic limits(String name, CharacteristicKind kind, String unit, @Nullable String min,
                                         @Nullable String max, boolean key) {
        var nominal = kind == CharacteristicKind.DIMENSION && min != null ? new BigDecimal(min) : null;
        return new Characteristic(name, kind, unit, nominal, Limits.of(min, max), key);
    }

    private static ChemistryLimit chem(Element element, @Nullable String min, @Nullable String max) {
        return ChemistryLimit.fromDrawing(element, Limits.of(min, max));
    }
}
