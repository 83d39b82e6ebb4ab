package org.mfasettings.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The one row of counters that tell every node whether its copies of the caching rules, of the
 * active bypasses and of the servers' tokens are current (see {@link DecisionCaches}). Only ever
 * raised, by bulk updates.
 */
@Entity
@Table(name = "decision_generations")
@NamedQuery(
        name = DecisionGenerations.RULES_CHANGED,
        query =
                "UPDATE DecisionGenerations d SET d.rulesGeneration = d.rulesGeneration + 1"
                        + " WHERE d.id = 1")
@NamedQuery(
        name = DecisionGenerations.BYPASS_GRANTED,
        query =
                "UPDATE DecisionGenerations d SET d.bypassesGeneration = d.bypassesGeneration + 1"
                        + " WHERE d.id = 1")
@NamedQuery(
        name = DecisionGenerations.SERVER_CHANGED,
        query =
                "UPDATE DecisionGenerations d SET d.serversGeneration = d.serversGeneration + 1"
                        + " WHERE d.id = 1")
public class DecisionGenerations {

    static final String RULES_CHANGED = "DecisionGenerations.rulesChanged";
    static final String BYPASS_GRANTED = "DecisionGenerations.bypassGranted";
    static final String SERVER_CHANGED = "DecisionGenerations.serverChanged";

    @Id private short id;

    @Column(name = "rules_generation", nullable = false)
    private long rulesGeneration;

    @Column(name = "bypasses_generation", nullable = false)
    private long bypassesGeneration;

    @Column(name = "servers_generation", nullable = false)
    private long serversGeneration;

    protected DecisionGenerations() {}

    /** Called in the transaction that creates, changes or deletes a caching rule. */
    public static void rulesChanged(EntityManager em) {
        em.createNamedQuery(RULES_CHANGED).executeUpdate();
    }

    /** Called in the transaction that grants a bypass. */
    public static void bypassGranted(EntityManager em) {
        em.createNamedQuery(BYPASS_GRANTED).executeUpdate();
    }

    /**
     * Called in the transaction that deactivates an MFA server or moves it to another group: what a
     * node knows of a server by its token must then be read again.
     */
    public static void serverChanged(EntityManager em) {
        em.createNamedQuery(SERVER_CHANGED).executeUpdate();
    }
}
