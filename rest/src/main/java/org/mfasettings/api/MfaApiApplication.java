package org.mfasettings.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS API under {@code /mfa-api}: the calls of MFA servers and the admin API under {@code
 * v1}, and the health probes under {@code health}.
 */
@ApplicationPath("/")
public class MfaApiApplication extends Application {}
