/**
 * Companies: suppliers, manufacturers and customers, their addresses and contacts, the parts they
 * make (manufacturer parts) and sell to us (supplier parts, with price breaks), and the import of
 * InvenTree's company records.
 */
package org.stocktree.company;
