package org.mfasettings.persistence;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.util.Objects;
import java.util.function.Supplier;
import javax.transaction.xa.XAResource;

/**
 * The current JTA transaction, seen through the standard synchronization registry. EclipseLink's
 * JPA layer needs a {@link Transaction} to register with when an entity manager joins a
 * transaction, but the transaction manager that hands them out has no standard name; this stands in
 * for it. Two instances are equal when they stand for the same transaction.
 */
final class RegistryTransaction implements Transaction {

    private final TransactionSynchronizationRegistry registry;
    private final Supplier<UserTransaction> userTransaction;
    private final Object key;

    RegistryTransaction(
            TransactionSynchronizationRegistry registry,
            Supplier<UserTransaction> userTransaction,
            Object key) {
        this.registry = Objects.requireNonNull(registry);
        this.userTransaction = Objects.requireNonNull(userTransaction);
        this.key = Objects.requireNonNull(key);
    }

    Object key() {
        return key;
    }

    @Override
    public void registerSynchronization(Synchronization synchronization) {
        registry.registerInterposedSynchronization(synchronization);
    }

    @Override
    public int getStatus() {
        return registry.getTransactionStatus();
    }

    @Override
    public void setRollbackOnly() {
        registry.setRollbackOnly();
    }

    @Override
    public void commit()
            throws RollbackException,
                    HeuristicMixedException,
                    HeuristicRollbackException,
                    SystemException {
        userTransaction.get().commit();
    }

    @Override
    public void rollback() throws SystemException {
        userTransaction.get().rollback();
    }

    /** Resources are enlisted by the container's data sources, never through EclipseLink. */
    @Override
    public boolean enlistResource(XAResource resource) {
        throw new UnsupportedOperationException("Resources are enlisted by the container");
    }

    @Override
    public boolean delistResource(XAResource resource, int flag) {
        throw new UnsupportedOperationException("Resources are delisted by the container");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistryTransaction that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
