package id.sentra.quality.certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a party's certificate list: the contract and lot it covers, the heats, when it was issued and whether its
 * stored content still matches its seal (GENUINE) or not (ALTERED), with where to download and verify it.
 */
public record CertificateListing(String number, long contractId, String contractReference, long lotId, List<String> heatNumbers,
                                 LocalDate issuedOn, Status status, String verifyUrl) {

    public CertificateListing {
        heatNumbers = List.copyOf(heatNumbers);
    }

    /** The seal check of the stored content, as the public verification page would answer. */
    public enum Status {
        GENUINE, ALTERED;

        public String messageKey() {
            return "cert.list.status." + name();
        }
    }
}
