package org.mfasettings.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;

/** The retention purge in bounded batches, each committed on its own. */
@Stateless
@PermitAll
public class AuditRetentionWork {

    @EJB AuditLog auditLog;

    @Resource SessionContext session;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeOlderThan(Instant cutoff, int batchSize, int maxBatches) {
        int removed = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int count =
                    session.getBusinessObject(AuditRetentionWork.class)
                            .purgeOneBatch(cutoff, batchSize);
            removed += count;
            if (count < batchSize) {
                break;
            }
        }
        return removed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeOneBatch(Instant cutoff, int batchSize) {
        return auditLog.purgeBatch(cutoff, batchSize);
    }
}
