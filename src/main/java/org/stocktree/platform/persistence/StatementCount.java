package org.stocktree.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For tests only: answers every API request with the number of SQL statements it prepared, in the
 * header {@value #HEADER}, so an integration test can prove that a list costs a fixed number of
 * statements whatever its page size.
 *
 * <p>Off unless {@code stocktree.test.count-statements} is true (the integration-test server
 * sets it). When on, it switches Hibernate's statistics on and reports the growth of their
 * prepared-statement count over the request, transaction commit included. The count is the
 * server's, so background work running at the same moment adds to it; tests take the lowest
 * of a few calls. Hibernate is reached by reflection: the build has only the Jakarta EE API.
 */
@Provider
@ApplicationScoped
public class StatementCount implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Stocktree-Statements";

    private static final Logger LOG = Logger.getLogger(StatementCount.class.getName());
    private static final String START = StatementCount.class.getName() + ".start";

    @Inject
    @ConfigProperty(name = "stocktree.test.count-statements")
    boolean enabled;

    @PersistenceUnit
    EntityManagerFactory factory;

    private volatile Object statistics;
    private volatile Method prepared;

    @Override
    public void filter(ContainerRequestContext request) {
        if (enabled && ready()) {
            request.setProperty(START, count());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(START) instanceof Long start) {
            response.getHeaders().putSingle(HEADER, Long.toString(count() - start));
        }
    }

    private boolean ready() {
        if (prepared != null) {
            return true;
        }
        try {
            Object sessionFactory = factory.unwrap(Class.forName("org.hibernate.SessionFactory"));
            Class<?> statisticsType = Class.forName("org.hibernate.stat.Statistics");
            Object found = sessionFactory.getClass().getMethod("getStatistics").invoke(sessionFactory);
            statisticsType.getMethod("setStatisticsEnabled", boolean.class).invoke(found, true);
            statistics = found;
            prepared = statisticsType.getMethod("getPrepareStatementCount");
            return true;
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            LOG.warning(() -> "Statement counting is unavailable: " + unavailable);
            return false;
        }
    }

    private long count() {
        try {
            return (Long) prepared.invoke(statistics);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
