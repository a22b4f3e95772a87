package id.sentra.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every member's capability and list columns, kept in memory so that a search or a ranking over all clusters reads
 * no member rows (bench/scale-catalogue.md). Each use first asks the database which members were saved since the
 * last look and whether any cooperative or cluster changed (one statement: an indexed query on
 * {@code member.modified_at}, versions compared, and the names' fingerprint), and reloads just those members: a change
 * made through another instance on the same database is seen by the next request here, without events that only one
 * instance would hear.
 */
@Component
class MemberCatalogue {

    /** Saves are looked for again from this far back: a transaction commits a little after it stamps its rows. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    /** Past this many members saved at once (an import, a bulk load) reading everything again is cheaper. */
    private static final int RELOAD_ALL_ABOVE = 2_000;

    private final CatalogueReads reads;
    private final Clock clock;
    private @Nullable CatalogueSnapshot kept;
    private long checkedAt;

    MemberCatalogue(CatalogueReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** Read whole once the application is ready, outside any transaction, so that the first search does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        current();
    }

    /**
     * The catalogue as of a look at the database that began after this call did: callers that arrive while a look is
     * under way wait for the next one, and callers that waited together share it (one look serves a burst).
     */
    CatalogueSnapshot current() {
        long arrived = System.nanoTime();
        boolean mayRollBack = Transactions.mayRollBack();
        synchronized (this) {
            if (!mayRollBack && kept != null && checkedAt - arrived > 0) {
                return kept;
            }
            long started = System.nanoTime();
            var fresh = refreshed(kept);
            if (mayRollBack) {
                // It may hold this transaction's own saves, which a rollback would undo: used here, not kept for others.
                return fresh;
            }
            kept = fresh;
            checkedAt = started;
            return kept;
        }
    }

    private CatalogueSnapshot refreshed(@Nullable CatalogueSnapshot old) {
        Instant now = clock.instant();
        if (old == null) {
            return everything(now);
        }
        var look = reads.look(old.asOf().minus(OVERLAP));
        var saved = look.saved();
        long names = look.names();
        if (names != old.names()) {
            return everything(now);
        }
        var stale = saved.entrySet().stream()
                .filter(e -> old.entry(e.getKey()) == null || old.entry(e.getKey()).version() != e.getValue())
                .map(Map.Entry::getKey).toList();
        if (stale.isEmpty()) {
            return old.asOf(now);
        }
        if (stale.size() > RELOAD_ALL_ABOVE) {
            return everything(now);
        }
        var fresh = reads.entries(stale);
        var byId = new HashMap<>(old.byId());
        boolean renamed = false;
        boolean newPlace = false;
        for (var entry : fresh) {
            var before = byId.put(entry.id(), entry);
            renamed |= before == null || !before.capability().legalName().equals(entry.capability().legalName());
            newPlace |= !old.kabupatenOrder().contains(entry.capability().kabupaten());
        }
        List<Long> order = renamed ? reads.nameOrder() : old.nameOrder();
        List<String> kabupatens = newPlace ? reads.kabupatenOrder() : old.kabupatenOrder();
        return CatalogueSnapshot.of(byId, order, kabupatens, names, now);
    }

    private CatalogueSnapshot everything(Instant now) {
        long names = reads.namesFingerprint();
        var byId = new HashMap<Long, CatalogueEntry>();
        reads.entries(null).forEach(e -> byId.put(e.id(), e));
        return CatalogueSnapshot.of(byId, reads.nameOrder(), reads.kabupatenOrder(), names, now);
    }
}
