package id.sentra.quality.certificate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * Who reads an issued certificate: its manufacturer, the manufacturer's cooperative, the buyer it was issued to and
 * the platform. Who issues one: the manufacturer or its cooperative (the inspection representative), or the platform.
 */
final class CertificateAccess {

    private CertificateAccess() {
    }

    static void requireRead(SentraUser user, IssuedCertificate c) {
        requireRead(user, new Parties(c.cooperativeId(), c.memberId(), c.buyerId()), "Certificate " + c.number());
    }

    /** The cooperative, member and buyer a work order or certificate concerns. */
    record Parties(long cooperativeId, long memberId, @Nullable Long buyerId) {
    }

    static void requireRead(SentraUser user, Parties parties, String what) {
        boolean sees = switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> user.cooperativeId() != null && user.cooperativeId() == parties.cooperativeId();
            case MEMBER -> user.memberId() != null && user.memberId() == parties.memberId();
            case BUYER -> user.buyerId() != null && user.buyerId().equals(parties.buyerId());
            case MINISTRY -> false;
        };
        if (!sees) {
            throw new AccessDeniedException(what + " is outside your scope");
        }
    }

    /** Whose certificates a person's list shows; empty for the platform (all). The ministry has no list. */
    static java.util.Optional<Certificates.Scope> listScope(SentraUser user) {
        return switch (user.role()) {
            case ADMIN -> java.util.Optional.empty();
            case OPERATOR -> java.util.Optional.of(new Certificates.Scope(Certificates.Scope.Kind.COOPERATIVE,
                    java.util.Objects.requireNonNull(user.cooperativeId())));
            case MEMBER -> java.util.Optional.of(new Certificates.Scope(Certificates.Scope.Kind.MEMBER,
                    java.util.Objects.requireNonNull(user.memberId())));
            case BUYER -> java.util.Optional.of(new Certificates.Scope(Certificates.Scope.Kind.BUYER,
                    java.util.Objects.requireNonNull(user.buyerId())));
            case MINISTRY -> throw new AccessDeniedException("The ministry sees no certificates, only aggregates");
        };
    }

    static boolean mayIssue(SentraUser user) {
        return user.is(Role.ADMIN) || user.is(Role.OPERATOR) || user.is(Role.MEMBER);
    }

    static void requireIssuer(SentraUser user) {
        if (!mayIssue(user)) {
            throw new AccessDeniedException("Only the manufacturer, its cooperative or the platform issues certificates");
        }
    }
}
