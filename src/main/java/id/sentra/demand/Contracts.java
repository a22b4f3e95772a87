package id.sentra.demand;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** All contracts and RFQs, loaded whole as aggregates. */
interface Contracts extends ListCrudRepository<Contract, Long> {

    List<Contract> findByBuyerId(long buyerId);

    List<Contract> findByCooperativeId(long cooperativeId);
}
