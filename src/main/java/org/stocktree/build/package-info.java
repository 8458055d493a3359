/**
 * Manufacturing: build orders that turn stock into assemblies. For now the status class build
 * orders will carry, {@link org.stocktree.build.BuildStatus}.
 */
package org.stocktree.build;
