package id.sentra.quality.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed hash that makes a certificate checkable: HMAC-SHA256 (RFC 2104, FIPS 198-1) of the canonical content
 * under the platform's secret key. Without the key nobody can produce a matching code for changed figures.
 */
@Component
public class CertificateSeal {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CertificateSeal(@Value("${sentra.certificates.key}") String key) {
        if (key.isBlank()) {
            throw new IllegalStateException("sentra.certificates.key (SENTRA_CERTIFICATE_KEY) must be set");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The seal as 64 lower-case hexadecimal digits. */
    public String seal(String canonicalContent) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonicalContent.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Whether a code as a person types or prints it (any case, spaces or dashes) is the content's seal. */
    public boolean matches(String canonicalContent, String code) {
        byte[] expected = seal(canonicalContent).getBytes(StandardCharsets.US_ASCII);
        byte[] given = normalise(code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** The seal as printed: groups of eight, easier to read aloud or type from paper. */
    public static String printed(String seal) {
        return String.join(" ", seal.split("(?<=\\G.{8})"));
    }
}
