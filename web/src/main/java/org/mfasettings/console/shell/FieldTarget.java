package org.mfasettings.console.shell;

/**
 * Where a page shows a refused field: the client id of its input and the bundle key of its label.
 */
public record FieldTarget(String clientId, String labelKey) {}
