package org.stocktree.users;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator on start-up, from configuration, when no user of that name
 * exists yet, after the start-up import (so imported users keep their ids, and the administrator
 * takes the next free one). An existing account is never changed, so restarting with other settings is safe.
 * Then makes sure every user and group has its {@link Owner}.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "StartupImport"})
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    static final String LOCAL_DEFAULT_PASSWORD = "stocktree";

    @Inject
    @ConfigProperty(name = "stocktree.admin.user")
    String username;

    @Inject
    @ConfigProperty(name = "stocktree.admin.password")
    String password;

    @Inject
    @ConfigProperty(name = "stocktree.admin.email")
    String email;

    @PersistenceContext
    EntityManager em;

    @Inject
    Owners owners;

    @PostConstruct
    void start() {
        createAdministrator();
        int created = owners.synchronise();
        if (created > 0) {
            LOG.info(() -> "Created " + created + " owner record(s) for users and groups");
        }
    }

    private void createAdministrator() {
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            LOG.info("No administrator configured (stocktree.admin.user / stocktree.admin.password)");
            return;
        }
        boolean exists = !em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getResultList().isEmpty();
        if (exists) {
            return;
        }
        em.persist(User.administrator(username, email, password));
        LOG.info(() -> "Created administrator account '" + username + "'");
        if (LOCAL_DEFAULT_PASSWORD.equals(password)) {
            LOG.warning("The administrator has the documented local default password: change it, "
                    + "or set STOCKTREE_ADMIN_PASSWORD before the first start");
        }
    }
}
