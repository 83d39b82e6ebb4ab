package org.mfasettings.persistence;

import jakarta.transaction.UserTransaction;
import org.eclipse.persistence.transaction.JTA11TransactionController;

/**
 * Joins EclipseLink to the container's JTA transactions through the standard {@code
 * java:comp/TransactionSynchronizationRegistry} alone. Every Jakarta EE server provides it under
 * that name, whereas the transaction manager has a different, non-standard name on each server:
 * this is what lets one persistence.xml be right on WildFly and on Payara.
 */
public class RegistryTransactionController extends JTA11TransactionController {

    private static final String USER_TRANSACTION = "java:comp/UserTransaction";

    /**
     * The current transaction, or null outside one. EclipseLink's JPA layer casts it to {@link
     * jakarta.transaction.Transaction}, so a bare registry key will not do.
     */
    @Override
    protected Object getTransaction_impl() {
        Object key = tsr.getTransactionKey();
        return key == null ? null : new RegistryTransaction(tsr, this::userTransaction, key);
    }

    @Override
    protected Object getTransactionKey_impl(Object transaction) {
        if (transaction instanceof RegistryTransaction current) {
            return current.key();
        }
        return transaction != null ? transaction : tsr.getTransactionKey();
    }

    @Override
    protected void beginTransaction_impl() throws Exception {
        userTransaction().begin();
    }

    @Override
    protected void commitTransaction_impl() throws Exception {
        userTransaction().commit();
    }

    @Override
    protected void rollbackTransaction_impl() throws Exception {
        userTransaction().rollback();
    }

    private UserTransaction userTransaction() {
        return (UserTransaction) jndiLookup(USER_TRANSACTION);
    }
}
