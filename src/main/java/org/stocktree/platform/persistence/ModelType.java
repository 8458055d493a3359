package org.stocktree.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an entity the one behind an InvenTree model type, so that everything that names objects by
 * model type (content types, metadata, custom states, and attachments, parameters and notifications
 * as they land) finds it. {@code common.ContentTypes} discovers annotated entities at start-up; the model
 * must be in the content type catalogue (the {@code common_contenttype} rows the migrations
 * create), which gives it its stable id.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelType {

    /** InvenTree's app label: {@code part}, {@code stock}, {@code auth}, ... */
    String app();

    /** InvenTree's model name, lower case: {@code stockitem}, {@code projectcode}. */
    String model();

    /**
     * The roles guarding the model: holding the needed permission in any of them admits a caller,
     * as InvenTree's rule sets map tables to roles. None means any signed-in caller, as for the
     * tables InvenTree leaves outside its rule sets.
     */
    String[] roles() default {};

    /**
     * Attributes besides the id by which the metadata endpoint may look objects up
     * ({@code /api/metadata/projectcode/code/PRJ-1/}). Only unique ones belong here: a free choice
     * of field would let callers probe other columns.
     */
    String[] lookupFields() default {};

    /**
     * The attribute that names one object to people (InvenTree's {@code str(object)}), e.g.
     * {@code username} or {@code code}; where a notification or attachment points at an object,
     * this is what it shows. Empty: the object is named by its id.
     */
    String display() default "";
}
