package id.sentra.registry;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Whether the caller runs in a transaction that writes and may roll back: what it reads must not be kept for others. */
final class Transactions {

    private Transactions() {
    }

    static boolean mayRollBack() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
