package org.mfasettings.console.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Shows every instant the console displays in UTC, the zone of the API and the audit exports, so
 * that administrators in different places quote the same times to each other.
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return formatter().format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return formatter().parse(value.trim(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new ConverterException(Feedback.text("format.instantInvalid"), e);
        }
    }

    private static DateTimeFormatter formatter() {
        return DateTimeFormatter.ofPattern(Feedback.text("format.instant"))
                .withZone(ZoneOffset.UTC);
    }
}
