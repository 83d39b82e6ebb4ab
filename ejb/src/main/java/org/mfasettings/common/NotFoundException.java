package org.mfasettings.common;

import jakarta.ejb.ApplicationException;

/** The thing a request names does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
