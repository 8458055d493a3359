/**
 * Orders: purchasing from suppliers, sales to customers, returns from customers and transfers
 * between locations. For now the status classes of the orders and their lines.
 */
package org.stocktree.order;
