package org.stocktree.common;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of object that other objects can point at by name and id (a notification's target, a
 * tag's object, later attachments), as InvenTree's content types do. Each feature declares its
 * kinds as CDI beans; {@link ModelTypes} finds them.
 */
public interface ModelType {

    /** InvenTree's content type model name: {@code part}, {@code stockitem}, {@code user}. */
    String model();

    /** What people call it: "Part", "Stock Item", "user". */
    String label();

    /** How each of the objects that still exist is shown (InvenTree's {@code str(object)}), by id. */
    Map<Long, String> describe(EntityManager em, Collection<Long> ids);

    /** The web interface's address of the object, when it has a page of its own. */
    default Optional<String> link(long id) {
        return Optional.empty();
    }
}
