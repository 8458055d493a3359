package org.stocktree.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@link Form} a resource method reads its body with: a {@code static final Form} field
 * of the resource class. OPTIONS describes the endpoint from that same form.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Submits {

    /** The name of the static field holding the form. */
    String value() default "FORM";
}
