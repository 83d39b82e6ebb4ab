package org.mfasettings.persistence;

import org.eclipse.persistence.platform.server.ServerPlatformBase;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.ExternalTransactionController;

/**
 * The EclipseLink server platform for any Jakarta EE server: JTA through the standard registry (see
 * {@link RegistryTransactionController}), nothing server-specific.
 */
public class JakartaEeServerPlatform extends ServerPlatformBase {

    public JakartaEeServerPlatform(DatabaseSession session) {
        super(session);
    }

    @Override
    public Class<? extends ExternalTransactionController> getExternalTransactionControllerClass() {
        return RegistryTransactionController.class;
    }
}
