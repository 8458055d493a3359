package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Keeps one {@link Owner} per user and per group, in step with them. */
@ApplicationScoped
public class Owners {

    @PersistenceContext
    EntityManager em;

    /** Creates the user's owner, or brings its name and active flag up to date. */
    @Transactional
    public void follow(User user) {
        find(Owner.Kind.USER, user.getId()).ifPresentOrElse(owner -> owner.follow(user), () -> em.persist(new Owner(user)));
    }

    @Transactional
    public void follow(Group group) {
        find(Owner.Kind.GROUP, group.getId()).ifPresentOrElse(owner -> owner.follow(group),
                () -> em.persist(new Owner(group)));
    }

    @Transactional
    public void forget(Owner.Kind kind, long id) {
        em.createQuery("delete from Owner o where o.kind = :kind and o.ownerId = :id")
                .setParameter("kind", kind).setParameter("id", id).executeUpdate();
    }

    /**
     * Gives every user and group that has none its owner (users created before owners existed, or
     * written by an import), and refreshes the copies of names and flags. Run at start-up.
     */
    @Transactional
    public int synchronise() {
        List<User> users = em.createQuery("select u from User u", User.class).getResultList();
        List<Group> groups = em.createQuery("select g from Group g", Group.class).getResultList();
        Map<String, Owner> owners = em.createQuery("select o from Owner o", Owner.class).getResultStream()
                .collect(Collectors.toMap(o -> o.getKind() + ":" + o.getOwnerId(), o -> o));
        int created = 0;
        for (User user : users) {
            Optional<Owner> owner = Optional.ofNullable(owners.get(Owner.Kind.USER + ":" + user.getId()));
            if (owner.isPresent()) {
                owner.get().follow(user);
            } else {
                em.persist(new Owner(user));
                created++;
            }
        }
        for (Group group : groups) {
            Optional<Owner> owner = Optional.ofNullable(owners.get(Owner.Kind.GROUP + ":" + group.getId()));
            if (owner.isPresent()) {
                owner.get().follow(group);
            } else {
                em.persist(new Owner(group));
                created++;
            }
        }
        return created;
    }

    private Optional<Owner> find(Owner.Kind kind, long id) {
        return em.createQuery("select o from Owner o where o.kind = :kind and o.ownerId = :id", Owner.class)
                .setParameter("kind", kind).setParameter("id", id).getResultStream().findFirst();
    }
}
