package org.stocktree.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every REST resource lives under {@code /api}, as InvenTree's do. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
