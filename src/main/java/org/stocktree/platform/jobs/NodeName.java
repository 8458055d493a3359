package org.stocktree.platform.jobs;

/** This server node's name in a cluster: WildFly's {@code jboss.node.name} (the host name by default). */
public final class NodeName {

    private NodeName() {
    }

    public static String current() {
        String name = System.getProperty("jboss.node.name");
        return name == null || name.isBlank() ? "stocktree" : name;
    }
}
