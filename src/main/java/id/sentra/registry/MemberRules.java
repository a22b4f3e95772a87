package id.sentra.registry;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.sentra.platform.FieldProblem;

/**
 * The rules a member's details must meet, one place for forms, the API and file imports, so that
 * all three refuse the same input with the same message.
 */
@Component
class MemberRules {

    /** Indonesia's extent with a margin; a coordinate outside is almost always a swapped or mistyped value. */
    private static final double MIN_LAT = -11.5, MAX_LAT = 6.5, MIN_LON = 94.5, MAX_LON = 141.5;

    private final Clock clock;

    MemberRules(Clock clock) {
        this.clock = clock;
    }

    List<FieldProblem> check(MemberDetails d) {
        var problems = new ArrayList<FieldProblem>();
        required(problems, "legalName", d.legalName(), 160);
        if (!Nib.isValid(d.nib())) {
            problems.add(FieldProblem.of("nib", "member.nib.invalid"));
        }
        required(problems, "ownerName", d.ownerName(), 120);
        required(problems, "kecamatan", d.address().kecamatan(), 80);
        required(problems, "kabupaten", d.address().kabupaten(), 80);
        required(problems, "province", d.address().province(), 80);
        if (d.location() != null && !insideIndonesia(d.location())) {
            problems.add(FieldProblem.of("latitude", "member.location.outside"));
        }
        if (d.workforce() < 1 || d.workforce() > 10_000) {
            problems.add(FieldProblem.of("workforce", "member.workforce.range", 1, 10_000));
        }
        int thisYear = Year.now(clock).getValue();
        if (d.foundedYear() != null && (d.foundedYear() < 1900 || d.foundedYear() > thisYear)) {
            problems.add(FieldProblem.of("foundedYear", "member.foundedYear.range", 1900, thisYear));
        }
        checkEquipment(problems, d.equipment());
        checkCapacities(problems, d.capacities());
        for (int i = 0; i < d.certifications().size(); i++) {
            if (d.certifications().get(i).reference().isBlank()) {
                problems.add(FieldProblem.of("certifications[" + i + "].reference", "field.required"));
            }
        }
        return problems;
    }

    private static void checkEquipment(List<FieldProblem> problems, List<Equipment> equipment) {
        for (int i = 0; i < equipment.size(); i++) {
            var item = equipment.get(i);
            String at = "equipment[" + i + "].";
            if (item.units() < 1) {
                problems.add(FieldProblem.of(at + "units", "field.positive"));
            }
            if (item.kind() == EquipmentKind.FURNACE) {
                if (item.furnaceType() == null) {
                    problems.add(FieldProblem.of(at + "furnaceType", "member.furnace.typeRequired"));
                }
                if (item.kgPerHeat() == null || item.kgPerHeat() < 1 || item.kgPerHeat() > 50_000) {
                    problems.add(FieldProblem.of(at + "kgPerHeat", "member.furnace.kgPerHeat", 1, 50_000));
                }
                if (item.heatsPerDay() == null || item.heatsPerDay() < 1 || item.heatsPerDay() > 24) {
                    problems.add(FieldProblem.of(at + "heatsPerDay", "member.furnace.heatsPerDay", 1, 24));
                }
            }
        }
    }

    private static void checkCapacities(List<FieldProblem> problems, List<Capacity> capacities) {
        for (int i = 0; i < capacities.size(); i++) {
            var capacity = capacities.get(i);
            String at = "capacities[" + i + "].";
            if (capacity.amount() < 1) {
                problems.add(FieldProblem.of(at + "amount", "field.positive"));
            }
            if (capacity.unit() == CapacityUnit.KG_PER_MONTH && capacity.material() == null) {
                problems.add(FieldProblem.of(at + "material", "member.capacity.materialRequired"));
            }
            if (capacity.unit() == CapacityUnit.PIECES_PER_MONTH
                    && (capacity.productFamily() == null || capacity.productFamily().isBlank())) {
                problems.add(FieldProblem.of(at + "productFamily", "member.capacity.productRequired"));
            }
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "field.required"));
        } else if (value.length() > maxLength) {
            problems.add(FieldProblem.of(field, "field.tooLong", maxLength));
        }
    }

    private static boolean insideIndonesia(GeoPoint p) {
        return p.latitude() >= MIN_LAT && p.latitude() <= MAX_LAT && p.longitude() >= MIN_LON && p.longitude() <= MAX_LON;
    }
}
