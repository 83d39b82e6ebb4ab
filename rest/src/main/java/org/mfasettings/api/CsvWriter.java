package org.mfasettings.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mfasettings.common.Csv;

/**
 * Writes any list of records as CSV: one column per record component, in declaration order, with a
 * header row. This is what {@code Accept: text/csv} gets from every admin list.
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<List<?>> {

    public static final String TEXT_CSV = "text/csv";

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type)
                && elementType(genericType) != null
                && mediaType.isCompatible(MediaType.valueOf(TEXT_CSV));
    }

    @Override
    public void writeTo(
            List<?> rows,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        Class<?> recordType = elementType(genericType);
        headers.putSingle("Content-Type", TEXT_CSV + ";charset=UTF-8");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            Csv.write(writer, recordType, rows);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static Class<?> elementType(Type genericType) {
        if (genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            return element;
        }
        return null;
    }

    static RecordComponent[] columns(Class<?> recordType) {
        return recordType.getRecordComponents();
    }
}
