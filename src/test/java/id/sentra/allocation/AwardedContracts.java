package id.sentra.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import id.sentra.demand.CertificateType;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.LineSpecification;
import id.sentra.demand.MonthlyQuantity;
import id.sentra.demand.QualityRequirements;
import id.sentra.demand.QuoteDetails;
import id.sentra.demand.RfqDetails;
import id.sentra.demand.RfqLine;
import id.sentra.demand.Rupiah;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** Awards a fresh contract to the demo cooperative, the way the buyer and the operator would, for allocation tests. */
public class AwardedContracts {

    private final ContractRegistry registry;
    private final ContractSearch search;
    private final Accounts accounts;

    public AwardedContracts(ContractRegistry registry, ContractSearch search, Accounts accounts) {
        this.registry = registry;
        this.search = search;
        this.accounts = accounts;
    }

    /** Manhole-cover-like grey-iron castings, {@code perMonth} pieces of {@code kg} each for three months from 2027-01. */
    public long greyIron(String reference, int perMonth, String kg) {
        var buyer = user("buyer");
        var operator = user("operator");
        var spec = new LineSpecification("Tutup manhole uji", "UJI-" + reference, "DWG-" + reference, "A", "FC200",
                MaterialFamily.GREY_IRON, Set.of(Process.SAND_CASTING), new BigDecimal(kg));
        var schedule = IntStream.range(0, 3).mapToObj(i -> new MonthlyQuantity(YearMonth.of(2027, 1).plusMonths(i), perMonth)).toList();
        var rfq = new RfqDetails("Uji alokasi " + reference, reference, buyer.buyerId(), operator.cooperativeId(), new BigDecimal("40"),
                new QualityRequirements(null, CertificateType.EN_10204_2_2, false), null,
                List.of(new RfqLine(spec, Rupiah.of(1_200_000), schedule)));
        long id = registry.createRfq(buyer, rfq);
        registry.publish(buyer, id, version(id));
        registry.quote(operator, id, version(id), new QuoteDetails(List.of(Rupiah.of(1_150_000)), 30, perMonth, null));
        registry.award(buyer, id, version(id), 1);
        return id;
    }

    private int version(long id) {
        return search.get(user("admin"), id).version();
    }

    public SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
