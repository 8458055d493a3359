package org.stocktree.platform.system;

import java.util.Optional;

/**
 * How this installation names itself to clients. The platform asks; a feature that knows (the
 * global settings) answers, so the platform depends on no feature.
 */
public interface SiteIdentity {

    /** The instance's name, as {@code /api/} reports it in {@code instance}. */
    String instanceName();

    /** What the web interface's page title shows. */
    String title();

    /** The installation's unique identifier, when it may be told to anyone; otherwise empty. */
    Optional<String> announcedId();
}
