package org.mfasettings.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment factory of the suite: the EAR exactly as the build produced it, so the tests
 * exercise what an operator deploys. The build passes its path as {@value #EAR_PROPERTY}.
 */
public final class Deployments {

    static final String EAR_PROPERTY = "it.ear.file";

    private Deployments() {}

    public static EnterpriseArchive application() {
        String path = System.getProperty(EAR_PROPERTY, "../ear/target/mfa-settings.ear");
        File ear = new File(path).getAbsoluteFile();
        if (!ear.isFile()) {
            throw new IllegalStateException(
                    "No EAR at " + ear + "; build it first, e.g. mvn verify -pl it-tests -am");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
