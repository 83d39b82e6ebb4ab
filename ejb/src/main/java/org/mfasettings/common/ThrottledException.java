package org.mfasettings.common;

import jakarta.ejb.ApplicationException;

/** Too many recent failures from the same source; the caller should wait before trying again. */
@ApplicationException(rollback = false)
public class ThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public ThrottledException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
