package id.sentra.quality.certificate;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.quality.certificate.Verification.Verdict;

/**
 * Answers anyone (no sign-in) whether a certificate is genuine: by number (the stored record still matches its
 * seal), by the printed code, or by an uploaded PDF, whose text must be exactly the text of the certificate as
 * issued, printed code included; a changed figure anywhere makes it differ.
 */
@Service
public class CertificateVerifier {

    private static final Pattern NUMBER = Pattern.compile("SNT-\\d{4}-\\d{6}-[A-Z2-7]{4}");

    private final Certificates certificates;
    private final CertificateCodec codec;

    CertificateVerifier(Certificates certificates, CertificateCodec codec) {
        this.certificates = certificates;
        this.codec = codec;
    }

    @Transactional(readOnly = true)
    public Verification byNumber(String number) {
        var found = certificates.byNumber(number.trim());
        if (found.isEmpty()) {
            return Verification.of(number, Verdict.UNKNOWN);
        }
        var certificate = found.get();
        if (!codec.sealHolds(certificate)) {
            return Verification.of(number, Verdict.RECORD_ALTERED);
        }
        return new Verification(number, codec.content(certificate.content()), Verdict.GENUINE);
    }

    /** The code printed on a paper copy, typed in with or without its spaces. */
    @Transactional(readOnly = true)
    public Verification byCode(String number, String code) {
        var stored = byNumber(number);
        if (!stored.genuine()) {
            return stored;
        }
        var certificate = certificates.byNumber(number.trim()).orElseThrow();
        return codec.codeMatches(certificate, code) ? stored : new Verification(number, stored.content(), Verdict.CODE_MISMATCH);
    }

    @Transactional(readOnly = true)
    public Verification byPdf(byte[] pdf) {
        String text;
        try {
            text = CertificateCodec.text(pdf);
        } catch (IOException | RuntimeException e) {
            return Verification.of(null, Verdict.NOT_A_CERTIFICATE);
        }
        var number = NUMBER.matcher(text);
        if (!number.find()) {
            return Verification.of(null, Verdict.NOT_A_CERTIFICATE);
        }
        var stored = byNumber(number.group());
        if (!stored.genuine()) {
            return stored;
        }
        var certificate = certificates.byNumber(number.group()).orElseThrow();
        return codec.expectedText(certificate).equals(text) ? stored
                : new Verification(number.group(), stored.content(), Verdict.PDF_MISMATCH);
    }
}
