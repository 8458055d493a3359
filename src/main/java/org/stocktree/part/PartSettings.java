package org.stocktree.part;

/**
 * The global settings that change the parts catalogue's rules, with InvenTree's defaults.
 *
 * <p>The settings store is being built separately; until it lands, {@link #defaults()} is what
 * every rule uses, and reading the stored values replaces that one call.
 *
 * @param allowDuplicateIpn {@code PART_ALLOW_DUPLICATE_IPN}: several parts may share an IPN
 * @param revisionAssemblyOnly {@code PART_REVISION_ASSEMBLY_ONLY}: only assemblies have revisions
 */
record PartSettings(boolean allowDuplicateIpn, boolean revisionAssemblyOnly) {

    static PartSettings defaults() {
        return new PartSettings(true, false);
    }
}
