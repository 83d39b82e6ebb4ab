package org.mfasettings.console.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mfasettings.common.Csv;

/** Answers the current Faces request with rows of records as a CSV file to download. */
public final class CsvDownload {

    private CsvDownload() {}

    public static <T> void send(String fileName, Class<T> type, List<T> rows) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Writer out =
                new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        Csv.write(out, type, rows);
        out.flush();
        faces.responseComplete();
    }
}
