package org.stocktree.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Project codes, shown by their code. */
@ApplicationScoped
public class ProjectCodeModelType implements ModelType {

    @Override
    public String model() {
        return "projectcode";
    }

    @Override
    public String label() {
        return "Project Code";
    }

    @Override
    public Map<Long, String> describe(EntityManager em, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select p.id, p.code from ProjectCode p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
