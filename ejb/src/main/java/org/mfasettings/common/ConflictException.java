package org.mfasettings.common;

import jakarta.ejb.ApplicationException;

/**
 * The request is well formed but the current state refuses it: a duplicate name, a group still in
 * use, the last global administrator.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
