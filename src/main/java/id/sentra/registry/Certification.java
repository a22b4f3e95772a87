package id.sentra.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A certificate a member holds (ISO 9001, an SNI product mark, a buyer's approval) until it expires. */
@Table("member_certification")
public record Certification(CertificationKind kind, String reference, @Nullable String issuer, LocalDate validUntil) {

    public boolean validOn(LocalDate day) {
        return !validUntil.isBefore(day);
    }
}
