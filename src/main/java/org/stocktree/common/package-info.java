/**
 * What every part of the system shares: project codes, and settings ({@code common.settings});
 * custom units, tags, notifications and attachments as they land.
 */
package org.stocktree.common;
