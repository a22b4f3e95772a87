package id.sentra.demand;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What the buyer demands of quality: a process capability on the key characteristics (Cpk; 1.33 is the
 * usual automotive floor), the certificate type, and whether each heat needs a chemistry certificate —
 * which only a member with a spectrometer can issue.
 */
public record QualityRequirements(@Nullable BigDecimal minCpk, CertificateType certificate, boolean chemistryCertificate) {

    public static QualityRequirements basic() {
        return new QualityRequirements(null, CertificateType.EN_10204_2_2, false);
    }
}
