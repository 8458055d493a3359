package org.stocktree.common.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.stocktree.platform.system.ServerVersion;
import org.stocktree.platform.system.SiteIdentity;

/**
 * The installation's name and identifier, from the global settings, as InvenTree uses them: the
 * instance name is always reported; page titles show it only when {@code INVENTREE_INSTANCE_TITLE}
 * is on (else the product name); the instance ID is told only when {@code INVENTREE_ANNOUNCE_ID} is on.
 */
@ApplicationScoped
public class InstanceIdentity implements SiteIdentity {

    @Inject
    GlobalSettings settings;

    @Override
    public String instanceName() {
        return settings.text(GlobalSettings.INSTANCE_NAME);
    }

    @Override
    public String title() {
        return settings.bool(GlobalSettings.INSTANCE_TITLE) ? instanceName() : ServerVersion.PRODUCT;
    }

    @Override
    public Optional<String> announcedId() {
        if (!settings.bool(GlobalSettings.ANNOUNCE_ID)) {
            return Optional.empty();
        }
        return Optional.of(settings.text(GlobalSettings.INSTANCE_ID)).filter(id -> !id.isBlank());
    }
}
