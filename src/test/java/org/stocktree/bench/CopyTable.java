package org.stocktree.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with PostgreSQL's COPY (text format): the bulk path, a hundred
 * times faster than one INSERT per row. Columns are written in the order given to {@link #open}.
 */
final class CopyTable implements AutoCloseable {

    private final BufferedWriter out;
    private final Closing afterClose;
    private boolean rowStarted;

    private interface Closing {
        void run() throws IOException, SQLException;
    }

    private CopyTable(BufferedWriter out, Closing afterClose) {
        this.out = out;
        this.afterClose = afterClose;
    }

    static CopyTable open(Connection connection, String table, String columns) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        var stream = new PGCopyOutputStream(pg, "copy " + table + " (" + columns + ") from stdin", 1 << 20);
        return new CopyTable(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 20), () -> {
        });
    }

    /**
     * A table written while another COPY runs on the connection (a connection holds one COPY at a
     * time): its rows go to a temporary file, copied into the table on {@link #close}.
     */
    static CopyTable spooled(Connection connection, String table, String columns) throws SQLException, IOException {
        Path file = Files.createTempFile(table, ".copy");
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CopyTable(out, () -> {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                new CopyManager(connection.unwrap(BaseConnection.class))
                        .copyIn("copy " + table + " (" + columns + ") from stdin", in, 1 << 20);
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }

    /** Appends one value to the current row; null is SQL NULL. */
    CopyTable value(Object value) {
        try {
            if (rowStarted) {
                out.write('\t');
            }
            rowStarted = true;
            out.write(value == null ? "\\N" : escape(value.toString()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CopyTable values(Object... values) {
        for (Object value : values) {
            value(value);
        }
        return this;
    }

    void endRow() {
        try {
            out.write('\n');
            rowStarted = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** COPY's text format gives backslash, tab and line breaks a meaning; everything else is literal. */
    private static String escape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Override
    public void close() throws IOException, SQLException {
        out.close();
        afterClose.run();
    }
}
