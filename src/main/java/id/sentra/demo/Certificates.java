package id.sentra.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.Certification;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.MaterialFamily;

/**
 * Hands out certificates the way a cluster holds them: ISO 9001 for a few larger members, SNI marks for
 * products sold to utilities and households, buyer approvals from the railway and the car maker. Expiry
 * dates are fixed, about three in ten already past (before 2026-11-23), so the "valid" filter has work to do.
 */
final class Certificates {

    static final List<LocalDate> VALID = List.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30),
            LocalDate.of(2027, 12, 31), LocalDate.of(2028, 6, 30));
    static final List<LocalDate> EXPIRED = List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 6, 30));
    static final String KAI = "PT Kereta Api Indonesia (Persero)";
    static final String INKA = "PT INKA (Persero)";
    static final String TMMIN = "PT Toyota Motor Manufacturing Indonesia";
    private static final Set<String> SNI_PRODUCTS = Set.of("Perlengkapan pipa PDAM", "Tutup manhole",
            "Burner kompor gas", "Fitting pipa besi ulet");

    private Certificates() {
    }

    static List<Certification> issue(Speciality speciality, int workforce, Random random) {
        var certificates = new ArrayList<Certification>();
        if (workforce >= 35 && random.nextInt(10) < 3) {
            certificates.add(new Certification(CertificationKind.ISO_9001, "QMS-" + serial(random),
                    "Lembaga Sertifikasi Mutu Prima", expiry(random)));
        }
        if (SNI_PRODUCTS.contains(speciality.product()) && random.nextInt(20) < 9) {
            certificates.add(new Certification(CertificationKind.SNI, "SPPT-SNI " + serial(random) + "/LSPro",
                    "LSPro B4T", expiry(random)));
        }
        String approver = approver(speciality, random);
        if (approver != null) {
            certificates.add(new Certification(CertificationKind.BUYER_APPROVAL, "VDR-" + serial(random), approver,
                    expiry(random)));
        }
        return certificates;
    }

    /** Brake blocks go to the railway operator or the rolling-stock maker; a few vehicle parts to the car maker. */
    private static @Nullable String approver(Speciality speciality, Random random) {
        if (speciality.materials().contains(MaterialFamily.HIGH_PHOSPHORUS_IRON) && random.nextInt(20) < 11) {
            return random.nextBoolean() ? KAI : INKA;
        }
        if (speciality.product().equals("Suku cadang kereta") && random.nextBoolean()) {
            return INKA;
        }
        if (speciality.product().equals("Komponen kendaraan") && random.nextInt(10) < 2) {
            return TMMIN;
        }
        return null;
    }

    private static LocalDate expiry(Random random) {
        return random.nextInt(10) < 3 ? EXPIRED.get(random.nextInt(EXPIRED.size()))
                : VALID.get(random.nextInt(VALID.size()));
    }

    private static String serial(Random random) {
        return "%d-%04d".formatted(2021 + random.nextInt(4), random.nextInt(10_000));
    }
}
