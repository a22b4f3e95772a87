package id.sentra.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import id.sentra.registry.Process;

/**
 * The one member that holds the machines the car maker donated (spectrometer, core making, moulding,
 * small NC milling) and casts the 200 cylinder sleeves a month it ships since January 2019; the demo
 * {@code member} login belongs to it. Written by hand so that every demo walk-through finds the same shop.
 */
final class SpectrometerMember {

    static final String LEGAL_NAME = "PT Batur Presisi Logam";
    static final String NIB = "9120197600168";
    static final String OWNER = "Retno Kusumawardani";

    private SpectrometerMember() {
    }

    static MemberDetails details() {
        return new MemberDetails(LEGAL_NAME, NIB, OWNER,
                new Address("Dukuh Batur RT 01/RW 03", "Tegalrejo", "Ceper", "Klaten", "Jawa Tengah"),
                new GeoPoint(-7.65982, 110.67917), 64, 1984,
                Set.of(Process.SAND_CASTING, Process.CENTRIFUGAL_CASTING, Process.MACHINING),
                Set.of(MaterialFamily.GREY_IRON, MaterialFamily.DUCTILE_IRON),
                List.of(Equipment.furnace(FurnaceType.CUPOLA, 1_500, 3),
                        Equipment.furnace(FurnaceType.INDUCTION, 500, 6),
                        Equipment.machine(EquipmentKind.SPECTROMETER, 1),
                        Equipment.machine(EquipmentKind.CORE_MAKING, 1),
                        Equipment.machine(EquipmentKind.MOULDING_LINE, 1),
                        Equipment.machine(EquipmentKind.CNC_MILLING, 1),
                        Equipment.machine(EquipmentKind.LATHE, 3)),
                List.of(new Certification(CertificationKind.ISO_9001, "QMS-2024-0417", "Lembaga Sertifikasi Mutu Prima",
                                LocalDate.of(2027, 9, 30)),
                        new Certification(CertificationKind.BUYER_APPROVAL, "VDR-2019-0007", Certificates.TMMIN,
                                LocalDate.of(2027, 12, 31)),
                        new Certification(CertificationKind.BUYER_APPROVAL, "VDR-2022-0311", Certificates.INKA,
                                LocalDate.of(2025, 6, 30))),
                List.of(Capacity.kilograms(MaterialFamily.GREY_IRON, 63_000),
                        Capacity.kilograms(MaterialFamily.DUCTILE_IRON, 27_000),
                        Capacity.pieces("Cylinder sleeve", 400),
                        Capacity.pieces("Komponen kendaraan", 8_000)));
    }
}
