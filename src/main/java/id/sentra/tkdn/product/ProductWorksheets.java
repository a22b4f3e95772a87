package id.sentra.tkdn.product;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import id.sentra.demand.ContractPart;
import id.sentra.demand.ContractParts;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.Address;
import id.sentra.registry.Cooperative;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.MemberRegistry;
import id.sentra.tkdn.TkdnWorksheet;
import id.sentra.tkdn.TkdnWorksheets;
import id.sentra.tkdn.WorksheetEvidence;
import id.sentra.tkdn.WorksheetHeader;

/**
 * A member's product as the self-assessment worksheet a verifier reads: the stored cost structure assessed with
 * the heats of its period, headed by the member, its cooperative and the buyer's part number, and followed by every
 * charge line that decided a material's origin. Only those who see the costs get it.
 */
@Service
public class ProductWorksheets {

    private final ProductCosts costs;
    private final MemberRegistry members;
    private final CooperativeDirectory cooperatives;
    private final ContractParts parts;
    private final TkdnWorksheets worksheets;
    private final Clock clock;

    ProductWorksheets(ProductCosts costs, MemberRegistry members, CooperativeDirectory cooperatives, ContractParts parts,
                      TkdnWorksheets worksheets, Clock clock) {
        this.costs = costs;
        this.members = members;
        this.cooperatives = cooperatives;
        this.parts = parts;
        this.worksheets = worksheets;
        this.clock = clock;
    }

    public byte[] pdf(SentraUser user, long productId, Locale locale) {
        return worksheets.pdf(worksheet(user, productId), locale);
    }

    public byte[] workbook(SentraUser user, long productId, Locale locale) {
        return worksheets.workbook(worksheet(user, productId), locale);
    }

    /** Checks the reader may see the costs (through {@link ProductCosts#sheet}) before anything is read. */
    public TkdnWorksheet worksheet(SentraUser user, long productId) {
        var sheet = costs.sheet(user, productId);
        var key = sheet.figures().key();
        var profile = members.profile(user, key.memberId());
        var cooperative = cooperatives.cooperative(key.cooperativeId()).map(Cooperative::name).orElse("–");
        var partNumber = parts.part(key.contractId(), key.lineNo()).map(ContractPart::buyerPartNumber).orElse(null);
        var header = new WorksheetHeader(new WorksheetHeader.Manufacturer(profile.legalName(), lineOf(profile.address()), cooperative),
                sheet.figures().product(), partNumber, sheet.draft().heatsFrom(), sheet.draft().heatsTo(),
                new WorksheetHeader.Prepared(LocalDate.now(clock), user.displayName()));
        return new TkdnWorksheet(header, sheet.assessment(), evidence(sheet.evidence()));
    }

    /** Every charge line once, oldest heat first, as the verifier checks them against purchase records. */
    private static List<WorksheetEvidence> evidence(List<HeatEvidence> lines) {
        return lines.stream().flatMap(e -> e.charges().stream())
                .map(c -> new WorksheetEvidence(c.heatNumber(), c.meltedOn(), c.material(), c.weightKg(), c.origin(),
                        c.supplier(), c.purchaseReference()))
                .distinct()
                .sorted(Comparator.comparing(WorksheetEvidence::meltedOn).thenComparing(WorksheetEvidence::heatNumber)
                        .thenComparing(e -> e.material().name()))
                .toList();
    }

    private static String lineOf(Address address) {
        return Stream.of(address.street(), address.village(), address.kecamatan(), address.kabupaten(), address.province())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }
}
