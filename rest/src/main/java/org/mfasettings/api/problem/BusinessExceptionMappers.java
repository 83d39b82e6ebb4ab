package org.mfasettings.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.common.ThrottledException;
import org.mfasettings.common.UnauthorizedException;

/** The business layer's refusals, each as the status that says why. */
public final class BusinessExceptionMappers {

    private BusinessExceptionMappers() {}

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.invalid("The request has invalid fields.", e.errors()).toResponse();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.of(Status.NOT_FOUND, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.of(Status.CONFLICT, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Unauthorized implements ExceptionMapper<UnauthorizedException> {
        @Override
        public Response toResponse(UnauthorizedException e) {
            return Response.fromResponse(
                            Problem.of(Status.UNAUTHORIZED, e.getMessage()).toResponse())
                    .header("WWW-Authenticate", "Bearer realm=\"mfa-api\"")
                    .build();
        }
    }

    @Provider
    public static class Throttled implements ExceptionMapper<ThrottledException> {
        @Override
        public Response toResponse(ThrottledException e) {
            return Response.fromResponse(
                            Problem.of(Status.TOO_MANY_REQUESTS, e.getMessage()).toResponse())
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
    }
}
