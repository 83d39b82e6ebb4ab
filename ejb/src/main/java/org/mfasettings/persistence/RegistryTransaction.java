package org.mfasettings.persistence;

import jakarta.transaction.Synchronization;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.transaction.xa.XAResource;

/**
 * The current JTA transaction seen through the synchronization registry: what EclipseLink needs of
 * a {@link Transaction} (its identity, status and synchronizations) without the server's
 * transaction manager. Committing and enlisting stay with the container.
 */
final class RegistryTransaction implements Transaction {

    private final Object key;
    private final TransactionSynchronizationRegistry registry;

    RegistryTransaction(Object key, TransactionSynchronizationRegistry registry) {
        this.key = key;
        this.registry = registry;
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
    public void commit() {
        throw new UnsupportedOperationException("The container commits its transactions");
    }

    @Override
    public void rollback() {
        throw new UnsupportedOperationException("The container rolls back its transactions");
    }

    @Override
    public boolean enlistResource(XAResource resource) {
        throw new UnsupportedOperationException("The container enlists resources");
    }

    @Override
    public boolean delistResource(XAResource resource, int flag) {
        throw new UnsupportedOperationException("The container delists resources");
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
