package id.sentra.quality.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspection;
import id.sentra.quality.LotInspections;
import id.sentra.quality.trace.Traceability;

/**
 * Issues and hands out inspection certificates. A certificate is issued only for a lot whose standing disposition
 * is ACCEPT, once per lot, and is never changed: its content is sealed at issue and printed from the snapshot.
 */
@Service
public class CertificateBook {

    /** RFC 4648 base32 letters: no 0/O or 1/I to confuse when a number is read off paper. */
    private static final String SUFFIX_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final Traceability trace;
    private final ObjectProvider<LotInspections> inspections;
    private final CertificateDrafting drafting;
    private final Certificates certificates;
    private final CertificateCodec codec;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CertificateBook(Traceability trace, ObjectProvider<LotInspections> inspections, CertificateDrafting drafting,
                    Certificates certificates, CertificateCodec codec, Clock clock) {
        this.trace = trace;
        this.inspections = inspections;
        this.drafting = drafting;
        this.certificates = certificates;
        this.codec = codec;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CertificateStatus status(SentraUser user, long lotId) {
        var lot = trace.lot(user, lotId);
        var source = inspections.getIfAvailable();
        LotInspection inspection = source == null ? null : source.ofLot(lotId).orElse(null);
        return new CertificateStatus(lot, source != null, inspection, certificates.ofLot(lotId).orElse(null),
                CertificateAccess.mayIssue(user));
    }

    /** Issues the lot's certificate, or answers the one already issued; refuses a lot not accepted. */
    @Transactional
    public String issue(SentraUser user, long lotId) {
        CertificateAccess.requireIssuer(user);
        var lot = trace.lot(user, lotId);
        var existing = certificates.ofLot(lotId);
        if (existing.isPresent()) {
            return existing.get().number();
        }
        var source = inspections.getIfAvailable();
        var inspection = source == null ? null : source.ofLot(lotId).orElse(null);
        if (inspection == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("lot", "cert.lot.notInspected")));
        }
        if (inspection.standing() != Disposition.ACCEPT) {
            throw new InvalidInputException(List.of(FieldProblem.of("lot", "cert.lot.notAccepted", inspection.standing().name())));
        }
        var today = LocalDate.now(clock);
        String number = "SNT-%d-%06d-%s".formatted(today.getYear(), lotId, suffix());
        var content = drafting.draft(user, lot, inspection, number, codec.verifyUrl(number), today);
        String canonical = codec.canonical(content);
        var origin = lot.origin();
        certificates.add(new IssuedCertificate(0, number, lotId, origin.workOrderId(), origin.cooperativeId(), origin.memberId(),
                origin.buyerId(), today, canonical, codec.seal(canonical), user.username()), clock.instant());
        return number;
    }

    @Transactional(readOnly = true)
    public List<IssuedCertificate> ofWorkOrder(SentraUser user, long workOrderId) {
        var parties = certificates.partiesOfWorkOrder(workOrderId)
                .orElseThrow(() -> new RecordNotFoundException("work order", workOrderId));
        CertificateAccess.requireRead(user, parties, "Work order " + workOrderId);
        return certificates.ofWorkOrder(workOrderId);
    }

    /**
     * The certificates a person may read, newest first, optionally of one contract: a buyer those issued to it (never
     * another buyer's), an operator its cooperative's, a member its own, the platform all; the ministry none.
     */
    @Transactional(readOnly = true)
    public List<CertificateListing> list(SentraUser user, @org.jspecify.annotations.Nullable Long contractId) {
        var scope = CertificateAccess.listScope(user);
        return certificates.inScope(scope.orElse(null), contractId).stream().map(this::listing).toList();
    }

    private CertificateListing listing(Certificates.Scoped scoped) {
        var c = scoped.certificate();
        var content = codec.content(c.content());
        var status = codec.sealHolds(c) ? CertificateListing.Status.GENUINE : CertificateListing.Status.ALTERED;
        return new CertificateListing(c.number(), scoped.contractId(), content.order().contractReference(), c.lotId(),
                content.heats().stream().map(CertificateContent.HeatResult::heatNumber).toList(), c.issuedOn(), status,
                codec.verifyUrl(c.number()));
    }

    @Transactional(readOnly = true)
    public IssuedCertificate get(SentraUser user, String number) {
        var certificate = certificates.byNumber(number).orElseThrow(() -> new RecordNotFoundException("certificate", 0));
        CertificateAccess.requireRead(user, certificate);
        return certificate;
    }

    /** The certificate as a PDF, printed from the snapshot sealed at issue. */
    @Transactional(readOnly = true)
    public byte[] pdf(SentraUser user, String number) {
        var certificate = get(user, number);
        return codec.pdf(certificate);
    }

    private String suffix() {
        var out = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            out.append(SUFFIX_LETTERS.charAt(random.nextInt(SUFFIX_LETTERS.length())));
        }
        return out.toString();
    }
}
