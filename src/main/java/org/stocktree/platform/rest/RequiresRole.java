package org.stocktree.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the role an endpoint belongs to, as InvenTree's role-based permission does. The
 * permission follows from the HTTP method: GET, HEAD and OPTIONS need {@code view}, POST
 * {@code add}, PUT and PATCH {@code change}, DELETE {@code delete}; {@link #permission()}
 * overrides that for actions that are not plain reads or writes (e.g. "change" for a POST that
 * adjusts stock). The caller needs the security role {@code <role>.<permission>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    /** The role's name: {@code part}, {@code stock_location}, ... */
    String value();

    /** The permission needed, when not the one the HTTP method implies. */
    String permission() default "";

    /**
     * Other roles whose same permission admits the caller too. InvenTree's rule sets map one table
     * to several roles (parts and categories are covered by {@code part} and by {@code build}),
     * and its schema lists every such role in the operation's scopes.
     */
    String[] alsoGrantedBy() default {};
}
