package id.sentra.demand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Contracts read lately, kept by id with the version they were read at, so that showing a contract again costs one
 * statement — its version and its buyer's and cooperative's names — instead of the aggregate's nine. Every save of a
 * contract raises its version (optimistic locking), so a kept contract whose version still matches the database is the
 * stored one, whichever instance saved it.
 */
@Component
class KeptContracts {

    /** About 5 KB each at national scale (two lines, two years of schedule and call-offs). */
    static final int KEPT = 5_000;

    /** A contract's version and the names its page shows beside it, read in one statement. */
    record Head(int version, @Nullable String buyerName, @Nullable String cooperativeName) {
    }

    private final JdbcClient jdbc;
    private final Map<Long, Contract> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Contract> eldest) {
            return size() > KEPT;
        }
    };

    KeptContracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Head> head(long contractId) {
        return jdbc.sql("""
                select c.version, b.name as buyer_name, co.name as cooperative_name
                from contract c left join buyer b on b.id = c.buyer_id left join cooperative co on co.id = c.cooperative_id
                where c.id = :id""")
                .param("id", contractId)
                .query((rs, i) -> new Head(rs.getInt("version"), rs.getString("buyer_name"), rs.getString("cooperative_name")))
                .optional();
    }

    /** The contract kept at exactly this version, if any. */
    synchronized @Nullable Contract at(long contractId, int version) {
        var contract = kept.get(contractId);
        return contract != null && contract.version() == version ? contract : null;
    }

    /**
     * Keeps a contract just read, unless it was read in a transaction that writes: such a transaction may roll back
     * a version that another save will then reuse with other content.
     */
    void keep(Contract contract) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        synchronized (this) {
            kept.put(contract.getId(), contract);
        }
    }
}
