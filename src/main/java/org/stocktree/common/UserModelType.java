package org.stocktree.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Users, shown by their username. */
@ApplicationScoped
public class UserModelType implements ModelType {

    @Override
    public String model() {
        return "user";
    }

    @Override
    public String label() {
        return "user";
    }

    @Override
    public Map<Long, String> describe(EntityManager em, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select u.id, u.username from User u where u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
