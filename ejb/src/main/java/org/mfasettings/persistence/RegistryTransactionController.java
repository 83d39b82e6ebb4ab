package org.mfasettings.persistence;

import jakarta.transaction.TransactionManager;
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

    /** None is needed, and looking one up only logs a warning on every server. */
    @Override
    protected TransactionManager acquireTransactionManager() {
        return null;
    }

    @Override
    protected Object getTransaction_impl() {
        Object key = tsr.getTransactionKey();
        return key == null ? null : new RegistryTransaction(key, tsr);
    }

    @Override
    protected Object getTransactionKey_impl(Object transaction) {
        return transaction instanceof RegistryTransaction current
                ? current.key()
                : tsr.getTransactionKey();
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
