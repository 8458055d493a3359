/**
 * Users and how they sign in: accounts, password hashes in Django's format (so hashes imported
 * from InvenTree verify), the first administrator, and the HTTP authentication mechanism that
 * tells the server who is calling.
 */
package org.stocktree.users;
