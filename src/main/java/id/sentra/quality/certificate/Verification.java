package id.sentra.quality.certificate;

import org.jspecify.annotations.Nullable;

/** The answer of the verification page: the certificate as issued (if the number is known) and the verdict. */
public record Verification(@Nullable String number, @Nullable CertificateContent content, Verdict verdict) {

    /** Genuine, or why not: unknown number, stored record changed, code or PDF not matching the issued certificate. */
    public enum Verdict {
        GENUINE, UNKNOWN, RECORD_ALTERED, CODE_MISMATCH, PDF_MISMATCH, NOT_A_CERTIFICATE;

        public String messageKey() {
            return "cert.verdict." + name();
        }
    }

    public boolean genuine() {
        return verdict == Verdict.GENUINE;
    }

    static Verification of(@Nullable String number, Verdict verdict) {
        return new Verification(number, null, verdict);
    }
}
