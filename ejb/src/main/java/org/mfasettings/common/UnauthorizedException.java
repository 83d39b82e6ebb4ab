package org.mfasettings.common;

import jakarta.ejb.ApplicationException;

/**
 * Credentials or a token that do not authenticate. It does not roll back: the audit line that
 * records the refusal must be kept.
 */
@ApplicationException(rollback = false)
public class UnauthorizedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String message) {
        super(message);
    }
}
