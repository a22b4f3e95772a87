package id.sentra.demand;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up the part of one contract line for quality (inspection, certificates), which finds the part's
 * specification and the buyer allowed to read its lots. Not scoped by person: the caller checks who may see it.
 */
@Service
@Transactional(readOnly = true)
public class ContractParts {

    private final Contracts contracts;

    ContractParts(Contracts contracts) {
        this.contracts = contracts;
    }

    public Optional<ContractPart> part(long contractId, int lineNo) {
        return contracts.findById(contractId).flatMap(c -> c.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .map(l -> new ContractPart(contractId, c.reference(), c.buyerId(), c.cooperativeId(), lineNo,
                        l.buyerPartNumber(), l.partName())));
    }
}
