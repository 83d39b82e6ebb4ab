package org.mfasettings.health;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Whether this node can serve: its database answers a query. */
@Stateless
@PermitAll
public class Readiness {

    private static final Logger LOG = System.getLogger(Readiness.class.getName());

    @PersistenceContext EntityManager em;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseAnswers() {
        try {
            em.createQuery("SELECT COUNT(s) FROM Setting s").getSingleResult();
            return true;
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Readiness check: the database does not answer", e);
            return false;
        }
    }
}
