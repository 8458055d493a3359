package org.stocktree.common.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Settings work done once per start: the installation gets its instance ID the first time, and
 * the "restart required" flag raised by changed settings is lowered, since this is that restart.
 * Neither may stop the server from starting.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SettingsStartup {

    private static final Logger LOG = Logger.getLogger(SettingsStartup.class.getName());

    @Inject
    GlobalSettings settings;

    @PostConstruct
    void start() {
        try {
            settings.ensureInstanceId();
        } catch (RuntimeException raced) {
            LOG.log(Level.INFO, "The instance ID was not created here (another node may have created it)", raced);
        }
        try {
            settings.clearRestartRequired();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not clear " + GlobalSettings.RESTART_REQUIRED, failed);
        }
    }
}
