package org.mfasettings.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    record Row(String name, Integer count) {}

    @Test
    void writesAHeaderAndQuotesWhatNeedsQuoting() {
        StringWriter out = new StringWriter();

        Csv.write(out, Row.class, List.of(new Row("a, \"b\"", 2), new Row(null, null)));

        assertEquals("name,count\r\n\"a, \"\"b\"\"\",2\r\n,\r\n", out.toString());
    }

    @Test
    void defusesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertEquals("'=SUM(A1)", Csv.cell("=SUM(A1)"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'@x", Csv.cell("@x"));
        assertEquals("plain", Csv.cell("plain"));
    }
}
