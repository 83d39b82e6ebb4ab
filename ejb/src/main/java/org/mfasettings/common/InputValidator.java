package org.mfasettings.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a command against its Bean Validation constraints at the business boundary, so that the
 * console and the API refuse the same input with the same messages.
 */
@ApplicationScoped
public class InputValidator {

    @Inject Validator validator;

    public <T> T check(T command) {
        if (command == null) {
            throw InvalidInputException.of("body", Messages.get("input.missing"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<FieldError> errors =
                    violations.stream()
                            .map(
                                    v ->
                                            new FieldError(
                                                    v.getPropertyPath().toString(), v.getMessage()))
                            .sorted(Comparator.comparing(FieldError::field))
                            .toList();
            throw new InvalidInputException(errors);
        }
        return command;
    }
}
