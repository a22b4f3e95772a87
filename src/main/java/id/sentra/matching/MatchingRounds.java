package id.sentra.matching;

import org.springframework.data.repository.ListCrudRepository;

/** All business-matching rounds. */
interface MatchingRounds extends ListCrudRepository<MatchingRound, Long> {
}
