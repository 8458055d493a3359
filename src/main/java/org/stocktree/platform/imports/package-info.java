/**
 * Loading InvenTree data in Django's fixture format ({@code dumpdata} / {@code loaddata}): lists of
 * {@code {model, pk, fields}} records, from YAML or JSON, at start-up from a folder or at run time
 * over the API.
 *
 * <p>The core knows no model: each feature contributes one {@link org.stocktree.platform.imports.ModelImporter}
 * bean per InvenTree model label it understands, and {@link org.stocktree.platform.imports.DataImport} finds them
 * through CDI. Records of models nobody imports are counted and skipped.
 */
package org.stocktree.platform.imports;
