package id.sentra.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;
import id.sentra.registry.Process;

/**
 * A buyer's demand through its whole life: an RFQ while drafted, open and quoted; a contract (blanket
 * order with a monthly delivery schedule) once awarded. Each state change is a method that refuses the
 * change in the wrong state and writes who and when into the status history.
 */
@Table("contract")
class Contract implements Audited {

    private @Id @Nullable Long id;
    private final long buyerId;
    private @Nullable Long cooperativeId;
    private final boolean onBehalf;
    private String title;
    private String reference;
    private ContractStatus status = ContractStatus.DRAFT;
    private BigDecimal tkdnFloor;
    private @Nullable BigDecimal minCpk;
    private CertificateType certificateType;
    private boolean chemistryCertificate;
    private @Nullable LocalDate quotesDueBy;
    private @Nullable Integer awardedQuote;
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;

    @MappedCollection(idColumn = "contract_id", keyColumn = "contract_key")
    private List<ContractLine> lines = new ArrayList<>();
    @MappedCollection(idColumn = "contract_id")
    private Set<LineProcess> processes = new HashSet<>();
    @MappedCollection(idColumn = "contract_id", keyColumn = "contract_key")
    private List<ScheduleEntry> schedule = new ArrayList<>();
    @MappedCollection(idColumn = "contract_id", keyColumn = "contract_key")
    private List<QuoteRecord> quotes = new ArrayList<>();
    @MappedCollection(idColumn = "contract_id", keyColumn = "contract_key")
    private List<QuotePrice> quotePrices = new ArrayList<>();
    @MappedCollection(idColumn = "contract_id", keyColumn = "contract_key")
    private List<CallOff> callOffs = new ArrayList<>();
    @MappedCollection(idColumn = "contract_id", keyColumn = "contract_key")
    private List<StatusChange> history = new ArrayList<>();
    @MappedCollection(idColumn = "contract_id", keyColumn = "contract_key")
    private List<SpecChange> specChanges = new ArrayList<>();

    Contract(long buyerId, boolean onBehalf, String title, String reference, BigDecimal tkdnFloor,
             CertificateType certificateType) {
        this.buyerId = buyerId;
        this.onBehalf = onBehalf;
        this.title = title;
        this.reference = reference;
        this.tkdnFloor = tkdnFloor;
        this.certificateType = certificateType;
    }

    /** A new RFQ in draft; {@code onBehalf} when a cooperative's operator enters it for the buyer. */
    static Contract draft(long buyerId, RfqDetails details, boolean onBehalf, Stamp stamp) {
        var contract = new Contract(buyerId, onBehalf, details.title(), details.reference(), details.tkdnFloor(),
                details.quality().certificate());
        contract.apply(details);
        contract.history.add(new StatusChange(null, ContractStatus.DRAFT, stamp.by(), stamp.at(), null));
        return contract;
    }

    void revise(int expectedVersion, RfqDetails details) {
        requireVersion(expectedVersion);
        requireStatus(ContractAction.EDIT, ContractStatus.DRAFT, ContractStatus.OPEN);
        apply(details);
    }

    void publish(int expectedVersion, Stamp stamp) {
        requireVersion(expectedVersion);
        requireStatus(ContractAction.PUBLISH, ContractStatus.DRAFT);
        if (cooperativeId == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("cooperativeId", "contract.publish.cooperativeRequired")));
        }
        moveTo(ContractStatus.OPEN, stamp, null);
    }

    /** Records a quote; a cooperative may send a better one while the buyer has not yet decided. */
    int quote(int expectedVersion, long quotingCooperative, QuoteDetails details, Stamp stamp) {
        requireVersion(expectedVersion);
        requireStatus(ContractAction.QUOTE, ContractStatus.OPEN, ContractStatus.QUOTED);
        if (details.unitPrices().size() != lines.size()) {
            throw new InvalidInputException(List.of(FieldProblem.of("unitPrices", "quote.prices.everyLine", lines.size())));
        }
        int quoteNo = quotes.size() + 1;
        quotes.add(new QuoteRecord(quoteNo, quotingCooperative, details.leadTimeDays(), details.capacityPerMonth(),
                details.note(), stamp.by(), stamp.at()));
        for (int i = 0; i < lines.size(); i++) {
            quotePrices.add(new QuotePrice(quoteNo, lines.get(i).lineNo(), details.unitPrices().get(i).amount()));
        }
        if (status == ContractStatus.OPEN) {
            moveTo(ContractStatus.QUOTED, stamp, null);
        }
        return quoteNo;
    }

    /** Accepts one quote: its prices become the contract prices, its cooperative the supplier. */
    ContractAwarded award(int expectedVersion, int quoteNo, Stamp stamp) {
        requireVersion(expectedVersion);
        requireStatus(ContractAction.AWARD, ContractStatus.QUOTED);
        var quote = quotes.stream().filter(q -> q.quoteNo() == quoteNo).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("quoteNo", "award.quote.unknown"))));
        lines.replaceAll(line -> line.withPrice(new Rupiah(quotedPrice(quoteNo, line.lineNo()))));
        cooperativeId = quote.cooperativeId();
        awardedQuote = quoteNo;
        moveTo(ContractStatus.AWARDED, stamp, null);
        return new ContractAwarded(idOrZero(), quote.cooperativeId());
    }

    void startProduction(int expectedVersion, Stamp stamp) {
        requireVersion(expectedVersion);
        requireStatus(ContractAction.START_PRODUCTION, ContractStatus.AWARDED);
        moveTo(ContractStatus.IN_PRODUCTION, stamp, null);
    }

    void close(int expectedVersion, @Nullable String note, Stamp stamp) {
        requireVersion(expectedVersion);
        requireStatus(ContractAction.CLOSE, ContractStatus.IN_PRODUCTION);
        moveTo(ContractStatus.CLOSED, stamp, note);
    }

    void cancel(int expectedVersion, String reason, Stamp stamp) {
        requireVersion(expectedVersion);
        if (status.isFinished()) {
            throw new ContractStateException(idOrZero(), ContractAction.CANCEL, status);
        }
        moveTo(ContractStatus.CANCELLED, stamp, reason);
    }

    void callOff(int expectedVersion, CallOffDetails details, Stamp stamp) {
        requireVersion(expectedVersion);
        requireStatus(ContractAction.CALL_OFF, ContractStatus.AWARDED, ContractStatus.IN_PRODUCTION);
        checkCallOff(details);
        callOffs.add(new CallOff(details.lineNo(), details.period().atDay(1), details.quantity(), details.reference(),
                stamp.by(), stamp.at()));
    }

    /** A call-off stays inside the schedule: a scheduled month, and never more than the contract quantity of the line. */
    private void checkCallOff(CallOffDetails details) {
        var problems = new ArrayList<FieldProblem>();
        if (lines.stream().noneMatch(l -> l.lineNo() == details.lineNo())) {
            throw new InvalidInputException(List.of(FieldProblem.of("lineNo", "callOff.line.unknown")));
        }
        if (details.quantity() <= 0) {
            problems.add(FieldProblem.of("quantity", "field.positive"));
        }
        var months = scheduleOf(details.lineNo()).stream().map(MonthlyQuantity::period).toList();
        if (!months.contains(details.period())) {
            problems.add(FieldProblem.of("period", "callOff.period.outside", months.getFirst(), months.getLast()));
        }
        int left = scheduled(details.lineNo()) - calledOff(details.lineNo());
        if (details.quantity() > left) {
            problems.add(FieldProblem.of("quantity", "callOff.quantity.exceeds", left));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Changes what a line asks for once the RFQ is out; the cooperative has to acknowledge it. */
    SpecificationChanged changeSpecification(int expectedVersion, int lineNo, LineSpecification after, String reason,
                                             Stamp stamp) {
        requireVersion(expectedVersion);
        if (status == ContractStatus.DRAFT || status.isFinished()) {
            throw new ContractStateException(idOrZero(), ContractAction.CHANGE_SPECIFICATION, status);
        }
        var line = lines.stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("lineNo", "callOff.line.unknown"))));
        var before = specification(line);
        lines.replaceAll(l -> l.lineNo() == lineNo ? l.withSpecification(after) : l);
        processes.removeIf(p -> p.lineNo() == lineNo);
        after.processes().forEach(p -> processes.add(new LineProcess(lineNo, p)));
        specChanges.add(new SpecChange(specChanges.size() + 1, lineNo, SpecSnapshot.of(before), SpecSnapshot.of(after),
                reason, stamp.by(), stamp.at(), null, null));
        return new SpecificationChanged(idOrZero(), lineNo, before, after);
    }

    /**
     * Records where the buyer got a line's product before, in any status: a fact about the buyer's past
     * purchases, not a change the foundry has to plan for, so nobody is asked to acknowledge it.
     */
    void recordOrigin(int expectedVersion, int lineNo, ProductOrigin origin) {
        requireVersion(expectedVersion);
        if (lines.stream().noneMatch(l -> l.lineNo() == lineNo)) {
            throw new InvalidInputException(List.of(FieldProblem.of("lineNo", "callOff.line.unknown")));
        }
        lines.replaceAll(l -> l.lineNo() == lineNo ? l.withOrigin(origin) : l);
    }

    void acknowledge(int expectedVersion, int changeNo, Stamp stamp) {
        requireVersion(expectedVersion);
        specChanges.replaceAll(c -> c.changeNo() == changeNo && !c.acknowledged() ? c.acknowledge(stamp) : c);
    }

    private void apply(RfqDetails details) {
        title = details.title();
        reference = details.reference();
        cooperativeId = details.cooperativeId();
        tkdnFloor = details.tkdnFloor();
        minCpk = details.quality().minCpk();
        certificateType = details.quality().certificate();
        chemistryCertificate = details.quality().chemistryCertificate();
        quotesDueBy = details.quotesDueBy();
        lines = new ArrayList<>();
        processes = new HashSet<>();
        schedule = new ArrayList<>();
        int lineNo = 1;
        for (var line : details.lines()) {
            int no = lineNo++;
            lines.add(ContractLine.of(no, line.specification(), line.targetPrice(), line.origin()));
            line.specification().processes().forEach(p -> processes.add(new LineProcess(no, p)));
            line.schedule().stream().sorted(Comparator.comparing(MonthlyQuantity::period))
                    .forEach(month -> schedule.add(ScheduleEntry.of(no, month)));
        }
    }

    private void moveTo(ContractStatus next, Stamp stamp, @Nullable String note) {
        history.add(new StatusChange(status, next, stamp.by(), stamp.at(), note));
        status = next;
    }

    private void requireStatus(ContractAction action, ContractStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new ContractStateException(idOrZero(), action, status);
        }
    }

    private void requireVersion(int expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), idOrZero());
        }
    }

    private long quotedPrice(int quoteNo, int lineNo) {
        return quotePrices.stream().filter(p -> p.quoteNo() == quoteNo && p.lineNo() == lineNo)
                .mapToLong(QuotePrice::unitPrice).findFirst().orElseThrow();
    }

    ContractLine line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No line " + lineNo + " on contract " + id));
    }

    LineSpecification specification(ContractLine line) {
        var set = EnumSet.noneOf(Process.class);
        processes.stream().filter(p -> p.lineNo() == line.lineNo()).map(LineProcess::process).forEach(set::add);
        return line.specification(set);
    }

    List<MonthlyQuantity> scheduleOf(int lineNo) {
        return schedule.stream().filter(s -> s.lineNo() == lineNo)
                .map(s -> new MonthlyQuantity(s.month(), s.quantity())).toList();
    }

    List<MonthlyQuantity> callOffsOf(int lineNo) {
        return callOffs.stream().filter(c -> c.lineNo() == lineNo)
                .map(c -> new MonthlyQuantity(c.month(), c.quantity())).toList();
    }

    /** Pieces of a line called off so far, over every month. */
    int calledOff(int lineNo) {
        return callOffs.stream().filter(c -> c.lineNo() == lineNo).mapToInt(CallOff::quantity).sum();
    }

    int scheduled(int lineNo) {
        return schedule.stream().filter(s -> s.lineNo() == lineNo).mapToInt(ScheduleEntry::quantity).sum();
    }

    @Nullable YearMonth firstMonth() {
        return schedule.stream().map(ScheduleEntry::month).min(Comparator.naturalOrder()).orElse(null);
    }

    @Nullable YearMonth lastMonth() {
        return schedule.stream().map(ScheduleEntry::month).max(Comparator.naturalOrder()).orElse(null);
    }

    private long idOrZero() {
        return id == null ? 0 : id;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String auditType() {
        return "contract";
    }

    long buyerId() { return buyerId; }
    @Nullable Long cooperativeId() { return cooperativeId; }
    boolean onBehalf() { return onBehalf; }
    String title() { return title; }
    String reference() { return reference; }
    ContractStatus status() { return status; }
    BigDecimal tkdnFloor() { return tkdnFloor; }
    QualityRequirements quality() { return new QualityRequirements(minCpk, certificateType, chemistryCertificate); }
    @Nullable LocalDate quotesDueBy() { return quotesDueBy; }
    @Nullable Integer awardedQuote() { return awardedQuote; }
    int version() { return version; }
    Instant createdAt() { return Objects.requireNonNullElse(createdAt, Instant.EPOCH); }
    String createdBy() { return Objects.requireNonNullElse(createdBy, "system"); }
    Instant modifiedAt() { return Objects.requireNonNullElse(modifiedAt, createdAt()); }
    String modifiedBy() { return Objects.requireNonNullElse(modifiedBy, createdBy()); }
    List<ContractLine> lines() { return List.copyOf(lines); }
    List<QuoteRecord> quotes() { return List.copyOf(quotes); }
    List<QuotePrice> quotePrices() { return List.copyOf(quotePrices); }
    List<CallOff> callOffs() { return List.copyOf(callOffs); }
    List<StatusChange> history() { return List.copyOf(history); }
    List<SpecChange> specChanges() { return List.copyOf(specChanges); }
}
