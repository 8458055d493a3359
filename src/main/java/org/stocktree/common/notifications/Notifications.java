package org.stocktree.common.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.stocktree.users.User;

/**
 * Notifies users: what features call when something needs a person's attention (stock ran low, a
 * build was completed, an order is overdue). The message is written in the caller's transaction,
 * so it exists exactly when the change it reports does.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    @PersistenceContext
    EntityManager em;

    /**
     * Sends the user a message about the target object, e.g.
     * {@code send(user, "part.notify_low_stock", "Low stock for M3 screw", "Stock is below 100", "part", 12)}.
     */
    public NotificationMessage send(User user, String category, String name, String message, String targetModel,
            long targetId) {
        return send(user, category, name, message, new ObjectReference(targetModel, targetId), null);
    }

    /** As {@link #send(User, String, String, String, String, long)}, naming also what caused it. */
    public NotificationMessage send(User user, String category, String name, String message, ObjectReference target,
            ObjectReference source) {
        NotificationMessage notification = new NotificationMessage(user, category, name, message, target, source,
                OffsetDateTime.now());
        em.persist(notification);
        return notification;
    }
}
