package org.stocktree.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;

/**
 * An LDAP directory in the test's memory, holding {@code directory.ldif}: people
 * {@code ldap-alice} (in the groups "stocktree-users" and "Directory Engineers") and
 * {@code ldap-bob} (in none), and a service account that may search.
 */
public final class TestDirectory implements AutoCloseable {

    public static final String BASE = "dc=example,dc=com";
    public static final String SERVICE_DN = "cn=service,dc=example,dc=com";
    public static final String SERVICE_PASSWORD = "directory-service-pass";

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** Starts the directory on the port (0: any free port). */
    public static TestDirectory start(int port) {
        try (InputStream ldif = TestDirectory.class.getResourceAsStream("directory.ldif")) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
            config.setSchema(null); // accept the entries as written
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
            return new TestDirectory(server);
        } catch (LDAPException | java.io.IOException failed) {
            throw new IllegalStateException("The test LDAP directory did not start", failed);
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
