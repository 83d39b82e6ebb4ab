package org.mfasettings.server;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Writes a call as a server's last communication, for {@link CommunicationRecorder}. */
@Stateless
@PermitAll
public class CommunicationWriter {

    @PersistenceContext EntityManager em;

    /**
     * Never moves the time backwards, so that several nodes writing at once agree. In a transaction
     * of its own: the calls it records run without one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(String serverId, String address, Instant at) {
        em.createNamedQuery(MfaServer.TOUCH)
                .setParameter("at", at)
                .setParameter("address", address)
                .setParameter("id", serverId)
                .executeUpdate();
    }
}
