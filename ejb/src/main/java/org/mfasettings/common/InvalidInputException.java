package org.mfasettings.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks a rule of the product. Thrown before anything is written, and rolls back the
 * transaction if anything was, so that refused input never changes state.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
