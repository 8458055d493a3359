/**
 * Stock: stock items, their locations and their history. For now the status classes the stock
 * entities will carry: {@link org.stocktree.stock.StockStatus} and
 * {@link org.stocktree.stock.StockHistoryCode}.
 */
package org.stocktree.stock;
