package id.sentra.demand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * Every change to an RFQ or contract, each checked against the person's side of the contract, the rules,
 * the version they started from and the contract's status. Awards and specification changes are published
 * as events for the modules that plan production.
 */
@Service
@Transactional
public class ContractRegistry {

    private final Contracts contracts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractRegistry(Contracts contracts, ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.clock = clock;
    }

    /** Posts an RFQ in draft. A buyer posts for itself; an operator on a buyer's behalf, to its own cooperative. */
    public long createRfq(SentraUser user, RfqDetails details) {
        ContractAccess.requireContractsPages(user);
        Long buyerId = user.is(Role.BUYER) ? user.buyerId() : details.buyerId();
        Long cooperativeId = user.is(Role.OPERATOR) ? user.cooperativeId() : details.cooperativeId();
        var problems = new ArrayList<>(ContractRules.check(details, today()));
        if (buyerId == null) {
            problems.add(FieldProblem.of("buyerId", "field.required"));
        }
        if (buyerId != null) {
            ContractAccess.requireCreate(user, buyerId, cooperativeId);
        }
        failOn(problems);
        var scoped = withParties(details, buyerId, cooperativeId);
        return contracts.save(Contract.draft(buyerId, scoped, user.is(Role.OPERATOR), stamp(user))).getId();
    }

    public void revise(SentraUser user, long contractId, int expectedVersion, RfqDetails details) {
        var contract = load(contractId);
        ContractAccess.requireBuyerSide(user, contract);
        failOn(ContractRules.check(details, today()));
        Long cooperativeId = user.is(Role.OPERATOR) ? user.cooperativeId() : details.cooperativeId();
        contract.revise(expectedVersion, withParties(details, contract.buyerId(), cooperativeId));
        save(contract);
    }

    public void publish(SentraUser user, long contractId, int expectedVersion) {
        change(contractId, user, Side.BUYER, c -> c.publish(expectedVersion, stamp(user)));
    }

    public int quote(SentraUser user, long contractId, int expectedVersion, QuoteDetails quote) {
        var contract = load(contractId);
        ContractAccess.requireSupplierSide(user, contract);
        failOn(ContractRules.check(quote, contract.lines().size()));
        int quoteNo = contract.quote(expectedVersion, contract.cooperativeId(), quote, stamp(user));
        save(contract);
        return quoteNo;
    }

    public void award(SentraUser user, long contractId, int expectedVersion, int quoteNo) {
        var contract = load(contractId);
        ContractAccess.requireBuyerSide(user, contract);
        var awarded = contract.award(expectedVersion, quoteNo, stamp(user));
        save(contract);
        events.publishEvent(awarded);
    }

    public void startProduction(SentraUser user, long contractId, int expectedVersion) {
        change(contractId, user, Side.SUPPLIER, c -> c.startProduction(expectedVersion, stamp(user)));
    }

    public void close(SentraUser user, long contractId, int expectedVersion, @org.jspecify.annotations.Nullable String note) {
        change(contractId, user, Side.SUPPLIER, c -> c.close(expectedVersion, note, stamp(user)));
    }

    public void cancel(SentraUser user, long contractId, int expectedVersion, String reason) {
        var contract = load(contractId);
        ContractAccess.requireBuyerSide(user, contract);
        failOn(ContractRules.checkReason(reason));
        contract.cancel(expectedVersion, reason.trim(), stamp(user));
        save(contract);
    }

    public void callOff(SentraUser user, long contractId, int expectedVersion, CallOffDetails callOff) {
        var contract = load(contractId);
        ContractAccess.requireBuyerSide(user, contract);
        failOn(ContractRules.check(callOff));
        contract.callOff(expectedVersion, callOff, stamp(user));
        save(contract);
    }

    /** Changes one line's specification; the cooperative is warned and {@link SpecificationChanged} is published. */
    public void changeSpecification(SentraUser user, long contractId, int expectedVersion, int lineNo,
                                    LineSpecification specification, String reason) {
        var contract = load(contractId);
        ContractAccess.requireBuyerSide(user, contract);
        var problems = new ArrayList<>(ContractRules.check(specification, ""));
        problems.addAll(ContractRules.checkReason(reason));
        failOn(problems);
        var current = contract.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .map(contract::specification).orElse(null);
        if (current != null && current.equals(specification)) {
            failOn(List.of(FieldProblem.of("materialGrade", "spec.unchanged")));
        }
        var changed = contract.changeSpecification(expectedVersion, lineNo, specification, reason.trim(), stamp(user));
        save(contract);
        events.publishEvent(changed);
    }

    /** Records a line's product family and prior source; the buyer or the supplying cooperative's operator, in any status but cancelled. */
    public void recordOrigin(SentraUser user, long contractId, int expectedVersion, int lineNo, ProductOrigin origin) {
        var contract = load(contractId);
        ContractAccess.requireOriginEditor(user, contract);
        if (contract.status() == ContractStatus.CANCELLED) {
            throw new ContractStateException(contractId, ContractAction.RECORD_ORIGIN, contract.status());
        }
        failOn(ContractRules.check(origin, ""));
        contract.recordOrigin(expectedVersion, lineNo, origin);
        save(contract);
    }

    public void acknowledge(SentraUser user, long contractId, int expectedVersion, int changeNo) {
        change(contractId, user, Side.SUPPLIER, c -> c.acknowledge(expectedVersion, changeNo, stamp(user)));
    }

    private enum Side { BUYER, SUPPLIER }

    private void change(long contractId, SentraUser user, Side side, Consumer<Contract> change) {
        var contract = load(contractId);
        if (side == Side.BUYER) {
            ContractAccess.requireBuyerSide(user, contract);
        } else {
            ContractAccess.requireSupplierSide(user, contract);
        }
        change.accept(contract);
        save(contract);
    }

    private static RfqDetails withParties(RfqDetails d, Long buyerId, @org.jspecify.annotations.Nullable Long cooperativeId) {
        return new RfqDetails(d.title().trim(), d.reference().trim(), buyerId, cooperativeId, d.tkdnFloor(), d.quality(),
                d.quotesDueBy(), d.lines());
    }

    private void save(Contract contract) {
        try {
            contracts.save(contract);
        } catch (OptimisticLockingFailureException e) {
            // Another transaction saved between our read and our write.
            throw new StaleRecordException(contract.auditType(), contract.getId());
        }
    }

    private Contract load(long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> new RecordNotFoundException("contract", contractId));
    }

    private Stamp stamp(SentraUser user) {
        return new Stamp(user.username(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
