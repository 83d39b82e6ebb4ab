package org.mfasettings.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;

/**
 * Stores every instant as milliseconds since the epoch. Derby has no timestamp with a time zone,
 * and a plain timestamp would be read in each JVM's zone: milliseconds compare the same on every
 * node and on both databases, whatever the nodes' zones and daylight saving.
 */
@Converter(autoApply = true)
public class InstantMillisConverter implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
