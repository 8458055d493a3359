package org.stocktree.part;

import org.stocktree.platform.persistence.BaseEntity;

/**
 * The id of a related entity. Rows show many references by id only; Hibernate answers the id
 * getter of a lazy reference from the reference itself, without loading the entity, because
 * persistence.xml turns off the JPA proxy compliance WildFly turns on (which would load it: one
 * statement per referenced row a page shows).
 */
final class References {

    private References() {
    }

    static Long idOf(BaseEntity entity) {
        return entity == null ? null : entity.getId();
    }
}
