package id.sentra.quality.certificate;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.LotInspection;
import id.sentra.quality.trace.LotTrace;

/**
 * Where a lot stands on its way to a certificate: traced, inspected (or inspection not available yet in this
 * installation), accepted, and the certificate once issued.
 */
public record CertificateStatus(LotTrace lot, boolean inspectionsAvailable, @Nullable LotInspection inspection,
                                @Nullable IssuedCertificate certificate, boolean mayIssue) {

    public boolean accepted() {
        return inspection != null && inspection.standing() == id.sentra.quality.Disposition.ACCEPT;
    }
}
