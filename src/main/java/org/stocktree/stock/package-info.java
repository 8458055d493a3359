/**
 * Stock: locations (a tree) and their types, stock items with their serial numbers, their history
 * ({@link org.stocktree.stock.StockItemTracking}, written in the transaction of every change), the
 * adjustments (count, add, remove, transfer) that lock the items they change, and the status
 * classes items and history entries carry ({@link org.stocktree.stock.StockStatus},
 * {@link org.stocktree.stock.StockHistoryCode}).
 */
package org.stocktree.stock;
