package id.sentra.registry.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.Address;
import id.sentra.registry.Capacity;
import id.sentra.registry.Certification;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.Equipment;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.FurnaceType;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberDetails;
import id.sentra.registry.Nib;
import id.sentra.registry.Process;

/**
 * Reads the cells of one row into {@link MemberDetails}. Every cell that cannot be read becomes a
 * finding of its row and column; the business rules themselves are left to the registry.
 */
final class MemberRowParser {

    /** Stands in for an unreadable workforce so the rest of the row can be checked; never saved. */
    private static final int WORKFORCE_STAND_IN = 1;

    private final MemberColumns columns;

    MemberRowParser(MemberColumns columns) {
        this.columns = columns;
    }

    ParsedRow parse(SheetRow row) {
        var cells = new RowCells(row, columns);
        var entries = new HashMap<String, List<ParsedRow.Entry>>();
        var substituted = EnumSet.noneOf(Column.class);
        Integer workforce = cells.wholeNumber(Column.WORKFORCE, true);
        if (workforce == null) {
            substituted.add(Column.WORKFORCE);
        }
        var equipment = new ArrayList<Equipment>();
        var equipmentEntries = new ArrayList<ParsedRow.Entry>();
        furnaces(cells, equipment, equipmentEntries);
        machines(cells, equipment, equipmentEntries);
        entries.put("equipment", equipmentEntries);
        var certifications = new ArrayList<Certification>();
        entries.put("certifications", certifications(cells, certifications));
        var capacities = new ArrayList<Capacity>();
        entries.put("capacities", capacities(cells, capacities));
        var details = new MemberDetails(cells.text(Column.LEGAL_NAME), Nib.normalise(cells.text(Column.NIB)),
                cells.text(Column.OWNER), address(cells), location(cells),
                workforce == null ? WORKFORCE_STAND_IN : workforce, cells.wholeNumber(Column.FOUNDED_YEAR, false),
                cells.codes(Column.PROCESSES, Process.class), cells.codes(Column.MATERIALS, MaterialFamily.class),
                equipment, certifications, capacities);
        return new ParsedRow(row.number(), details, cells.findings(), substituted, entries);
    }

    private static Address address(RowCells cells) {
        return new Address(cells.optionalText(Column.STREET, 200), cells.optionalText(Column.VILLAGE, 80),
                cells.text(Column.KECAMATAN), cells.text(Column.KABUPATEN), cells.text(Column.PROVINCE));
    }

    /** Both coordinates or neither: half a location is a typing slip, not something to guess about. */
    private static @Nullable GeoPoint location(RowCells cells) {
        boolean latitudeBlank = cells.text(Column.LATITUDE).isEmpty();
        boolean longitudeBlank = cells.text(Column.LONGITUDE).isEmpty();
        Double latitude = cells.decimal(Column.LATITUDE);
        Double longitude = cells.decimal(Column.LONGITUDE);
        if (latitude != null && longitude != null) {
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                cells.problem(Column.LATITUDE, "import.location.range");
                return null;
            }
            return new GeoPoint(latitude, longitude);
        }
        if (latitudeBlank != longitudeBlank && (latitude != null || longitude != null)) {
            cells.problem(latitudeBlank ? Column.LATITUDE : Column.LONGITUDE, "import.location.incomplete");
        }
        return null;
    }

    /** {@code TYPE:kgPerHeat:heatsPerDay}, e.g. {@code CUPOLA:1500:4}. */
    private static void furnaces(RowCells cells, List<Equipment> equipment, List<ParsedRow.Entry> entries) {
        var items = cells.entries(Column.FURNACES);
        for (int i = 0; i < items.size(); i++) {
            int number = i + 1;
            String[] parts = items.get(i).split(":", -1);
            if (parts.length != 3) {
                cells.entryProblem(Column.FURNACES, number, "import.furnace.format", items.get(i));
                continue;
            }
            var type = cells.code(Column.FURNACES, number, parts[0], FurnaceType.class);
            Integer kgPerHeat = cells.entryNumber(Column.FURNACES, number, parts[1]);
            Integer heatsPerDay = cells.entryNumber(Column.FURNACES, number, parts[2]);
            if (type != null && kgPerHeat != null && heatsPerDay != null) {
                equipment.add(Equipment.furnace(type, kgPerHeat, heatsPerDay));
                entries.add(new ParsedRow.Entry(Column.FURNACES, number));
            }
        }
    }

    /** {@code KIND} or {@code KIND:units}, e.g. {@code SPECTROMETER;LATHE:2}; furnaces belong in their own column. */
    private static void machines(RowCells cells, List<Equipment> equipment, List<ParsedRow.Entry> entries) {
        var items = cells.entries(Column.EQUIPMENT);
        for (int i = 0; i < items.size(); i++) {
            int number = i + 1;
            String[] parts = items.get(i).split(":", -1);
            if (parts.length > 2) {
                cells.entryProblem(Column.EQUIPMENT, number, "import.equipment.format", items.get(i));
                continue;
            }
            var kind = cells.code(Column.EQUIPMENT, number, parts[0], EquipmentKind.class);
            Integer units = parts.length == 2 ? cells.entryNumber(Column.EQUIPMENT, number, parts[1]) : Integer.valueOf(1);
            if (kind == EquipmentKind.FURNACE) {
                cells.entryProblem(Column.EQUIPMENT, number, "import.equipment.furnace");
            } else if (kind != null && units != null) {
                equipment.add(Equipment.machine(kind, units));
                entries.add(new ParsedRow.Entry(Column.EQUIPMENT, number));
            }
        }
    }

    /** {@code KIND:reference:yyyy-mm-dd}; a reference may itself hold colons, so kind and date are the outer parts. */
    private static List<ParsedRow.Entry> certifications(RowCells cells, List<Certification> certifications) {
        var entries = new ArrayList<ParsedRow.Entry>();
        var items = cells.entries(Column.CERTIFICATIONS);
        for (int i = 0; i < items.size(); i++) {
            int number = i + 1;
            String item = items.get(i);
            int first = item.indexOf(':');
            int last = item.lastIndexOf(':');
            if (first < 0 || first == last) {
                cells.entryProblem(Column.CERTIFICATIONS, number, "import.certification.format", item);
                continue;
            }
            var kind = cells.code(Column.CERTIFICATIONS, number, item.substring(0, first), CertificationKind.class);
            var validUntil = cells.date(Column.CERTIFICATIONS, number, item.substring(last + 1));
            String reference = item.substring(first + 1, last).strip();
            if (reference.length() > 120) {
                cells.entryProblem(Column.CERTIFICATIONS, number, "import.value.tooLong", 120);
            } else if (kind != null && validUntil != null) {
                certifications.add(new Certification(kind, reference, null, validUntil));
                entries.add(new ParsedRow.Entry(Column.CERTIFICATIONS, number));
            }
        }
        return entries;
    }

    /** {@code MATERIAL:kgPerMonth}, e.g. {@code GREY_IRON:30000}. */
    private static List<ParsedRow.Entry> capacities(RowCells cells, List<Capacity> capacities) {
        var entries = new ArrayList<ParsedRow.Entry>();
        var items = cells.entries(Column.CAPACITIES);
        for (int i = 0; i < items.size(); i++) {
            int number = i + 1;
            String[] parts = items.get(i).split(":", -1);
            if (parts.length != 2) {
                cells.entryProblem(Column.CAPACITIES, number, "import.capacity.format", items.get(i));
                continue;
            }
            var material = cells.code(Column.CAPACITIES, number, parts[0], MaterialFamily.class);
            Integer kgPerMonth = cells.entryNumber(Column.CAPACITIES, number, parts[1]);
            if (material != null && kgPerMonth != null) {
                capacities.add(Capacity.kilograms(material, kgPerMonth));
                entries.add(new ParsedRow.Entry(Column.CAPACITIES, number));
            }
        }
        return entries;
    }
}
