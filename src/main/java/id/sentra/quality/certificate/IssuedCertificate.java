package id.sentra.quality.certificate;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A certificate as stored: who it concerns (for scope), the canonical content as issued and its seal.
 * Never changed after issue: a correction is a new lot inspection and a new certificate.
 */
public record IssuedCertificate(long id, String number, long lotId, long workOrderId, long cooperativeId, long memberId,
                                @Nullable Long buyerId, LocalDate issuedOn, String content, String seal, String issuedBy) {
}
