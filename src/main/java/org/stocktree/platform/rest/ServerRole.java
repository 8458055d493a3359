package org.stocktree.platform.rest;

/**
 * The server-wide roles an endpoint can require with {@code @RolesAllowed}. The identity layer
 * grants them: {@code staff} to staff users and superusers, {@code superuser} to superusers.
 */
public final class ServerRole {

    public static final String STAFF = "staff";
    public static final String SUPERUSER = "superuser";

    private ServerRole() {
    }
}
