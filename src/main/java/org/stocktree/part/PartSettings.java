package org.stocktree.part;

import org.stocktree.common.settings.GlobalSettings;

/**
 * The global settings that change the parts catalogue's rules, with InvenTree's defaults.
 *
 * <p>Read from the global settings for each change, so an administrator's change applies at once.
 *
 * @param allowDuplicateIpn {@code PART_ALLOW_DUPLICATE_IPN}: several parts may share an IPN
 * @param revisionAssemblyOnly {@code PART_REVISION_ASSEMBLY_ONLY}: only assemblies have revisions
 */
record PartSettings(boolean allowDuplicateIpn, boolean revisionAssemblyOnly) {

    static PartSettings of(GlobalSettings settings) {
        return new PartSettings(settings.bool("PART_ALLOW_DUPLICATE_IPN"), settings.bool("PART_REVISION_ASSEMBLY_ONLY"));
    }
}
