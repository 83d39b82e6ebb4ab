package org.mfasettings.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a command against its Bean Validation constraints at the business boundary, so that the
 * console and the API refuse the same input with the same messages.
 *
 * <p>Commands are plain records, never entities, so every property is read: the server's default
 * resolver would ask the persistence providers whether each one is loaded, on every check.
 */
@ApplicationScoped
public class InputValidator {

    @Inject ValidatorFactory factory;

    private Validator validator;

    @PostConstruct
    void createValidator() {
        validator =
                factory.usingContext().traversableResolver(new CommandsAreLoaded()).getValidator();
    }

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

    /**
     * A whole-number parameter within {@code min..max}, or {@code defaultValue} when absent;
     * refused with the parameter's name otherwise.
     */
    public static int bounded(String name, Integer value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw InvalidInputException.of(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** Every property of a command may be read and cascaded to. */
    private static final class CommandsAreLoaded implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean,
                Path.Node property,
                Class<?> rootBean,
                Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean,
                Path.Node property,
                Class<?> rootBean,
                Path pathToProperty,
                ElementType elementType) {
            return true;
        }
    }
}
