/** The shell page that boots the web interface, and the caching of its static bundle. */
package org.stocktree.platform.web;
