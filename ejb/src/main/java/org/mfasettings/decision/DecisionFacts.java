package org.mfasettings.decision;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.mfasettings.caching.VerificationFacts;
import org.mfasettings.caching.VerificationResult;

/**
 * What a decision reads from the database, in one statement: the generations of the caching rules,
 * of the bypass grants and of the servers (see {@link DecisionCaches}), and the user's
 * verifications since a given time.
 *
 * <p>Decisions are the most frequent call of the service. With the generations read on every
 * decision, each node checks the caller's token, and finds the rules and bypasses, in its own
 * copies, which are current whatever another node changed, and the decision reads the database
 * once. It is plain JDBC on the application's data source, the one statement of the service that
 * bypasses JPA: JPQL (3.1) has no outer join to an entity without a relationship, and a native
 * query through the provider cost as much again as the statement itself on the benchmark. The times
 * are the epoch milliseconds that {@code InstantMillisConverter} stores.
 */
record DecisionFacts(
        long rulesGeneration,
        long bypassesGeneration,
        long serversGeneration,
        List<VerificationFacts> verifications) {

    static final String SQL =
            "SELECT d.rules_generation, d.bypasses_generation, d.servers_generation,"
                    + " v.id, v.application, v.client_ip, v.authentication_type,"
                    + " v.replication_group_id, v.result, v.started_at, v.finished_at"
                    + " FROM decision_generations d"
                    + " LEFT OUTER JOIN verification v ON v.username = ? AND v.started_at > ?"
                    + " WHERE d.id = 1";

    static DecisionFacts read(DataSource database, String username, Instant since) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, username);
            statement.setLong(2, since.toEpochMilli());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new PersistenceException("The decision_generations row is missing");
                }
                return facts(rows);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading what a decision needs failed", e);
        }
    }

    /** The generations from the first row, a verification from each row that has one. */
    private static DecisionFacts facts(ResultSet rows) throws SQLException {
        long rules = rows.getLong(1);
        long bypasses = rows.getLong(2);
        long servers = rows.getLong(3);
        List<VerificationFacts> verifications = new ArrayList<>();
        do {
            if (rows.getString(4) != null) {
                verifications.add(verification(rows));
            }
        } while (rows.next());
        return new DecisionFacts(rules, bypasses, servers, verifications);
    }

    private static VerificationFacts verification(ResultSet row) throws SQLException {
        String authenticationType = row.getString(7);
        Long finishedAt = row.getObject(11, Long.class);
        return new VerificationFacts(
                row.getString(4),
                row.getString(5),
                row.getString(6),
                authenticationType == null ? null : AuthenticationType.valueOf(authenticationType),
                row.getLong(8),
                VerificationResult.valueOf(row.getString(9)),
                Instant.ofEpochMilli(row.getLong(10)),
                finishedAt == null ? null : Instant.ofEpochMilli(finishedAt));
    }
}
