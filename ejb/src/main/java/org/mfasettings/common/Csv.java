package org.mfasettings.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * CSV (RFC 4180) of a list of records, shared by the API and the console's exports. A cell that a
 * spreadsheet would read as a formula is prefixed with an apostrophe.
 */
public final class Csv {

    private Csv() {}

    public static void write(Writer out, Class<?> recordType, List<?> rows) {
        RecordComponent[] columns = recordType.getRecordComponents();
        try {
            for (int i = 0; i < columns.length; i++) {
                out.write(i == 0 ? "" : ",");
                out.write(cell(columns[i].getName()));
            }
            out.write("\r\n");
            for (Object row : rows) {
                for (int i = 0; i < columns.length; i++) {
                    out.write(i == 0 ? "" : ",");
                    out.write(cell(valueOf(columns[i], row)));
                }
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",")
                || text.contains("\"")
                || text.contains("\n")
                || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static Object valueOf(RecordComponent column, Object row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + column.getName(), e);
        }
    }
}
