package id.sentra.quality.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A certificate's forms and how they relate: the canonical content (JSON of the content record in the mapper's fixed
 * property order, figures as strings, so the same content gives the same bytes; the seal is checked over the stored
 * bytes, never over a re-serialisation), its seal, its PDF, the text a PDF reads back as, and the QR address.
 */
@Component
class CertificateCodec {

    private final JsonMapper json = JsonMapper.builder().build();
    private final CertificateSeal seal;
    private final CertificatePdf pdf;
    private final String baseUrl;

    CertificateCodec(CertificateSeal seal, CertificatePdf pdf, @Value("${sentra.certificates.base-url}") String baseUrl) {
        this.seal = seal;
        this.pdf = pdf;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String verifyUrl(String number) {
        return baseUrl + "/verify/" + number;
    }

    String canonical(CertificateContent content) {
        return json.writeValueAsString(content);
    }

    CertificateContent content(String canonical) {
        return json.readValue(canonical, CertificateContent.class);
    }

    String seal(String canonical) {
        return seal.seal(canonical);
    }

    boolean sealHolds(IssuedCertificate certificate) {
        return seal.matches(certificate.content(), certificate.seal());
    }

    boolean codeMatches(IssuedCertificate certificate, String code) {
        return seal.matches(certificate.content(), code);
    }

    byte[] pdf(IssuedCertificate certificate) {
        return pdf.render(content(certificate.content()), certificate.seal());
    }

    /** The text of a PDF with runs of white space as one space: what a reader sees, independent of layout noise. */
    static String text(byte[] pdfBytes) throws IOException {
        try (var document = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").trim();
        }
    }

    String expectedText(IssuedCertificate certificate) {
        try {
            return text(pdf(certificate));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
