/**
 * Text that users write and browsers later show: {@link org.stocktree.platform.text.SafeMarkdown}
 * keeps markdown notes free of anything that could run script when they are rendered.
 */
package org.stocktree.platform.text;
