package org.mfasettings.common;

/** One refused input field and the reason, as shown to an API client or on a console page. */
public record FieldError(String field, String message) {}
