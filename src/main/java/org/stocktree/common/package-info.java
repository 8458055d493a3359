/**
 * What every part of the system shares: project codes now; settings, custom units, tags,
 * notifications and attachments as they land.
 */
package org.stocktree.common;
