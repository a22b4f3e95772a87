package id.sentra.demand;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.platform.security.SentraUser;

/**
 * The local content (TKDN) of a contract, weighted by the value each member makes of it, as the TKDN module
 * computes it from the members' cost structures. An interface here, implemented there, so that the contract
 * pages show the figure without the contract depending on how it is computed.
 */
public interface ContractTkdn {

    /** The contract's standing against its floor as this person may see it; null when there is nothing to show. */
    @Nullable TkdnStanding standing(SentraUser user, long contractId);

    /**
     * The same standing for a contract this person has just read (its page): the contract is not read a second time.
     * The view must come from {@link ContractSearch#get}, which has already checked that the person may see it.
     */
    @Nullable TkdnStanding standing(SentraUser user, ContractView contract);

    /** The contracts in this person's scope whose TKDN floor is missed or nearly missed, worst first. */
    List<TkdnStanding> atRisk(SentraUser user);
}
