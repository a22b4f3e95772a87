/** Local content (TKDN) and company benefit weight (BMP) of a product from its cost structure, under Permenperin 35/2025 or 16/2011, and what that means in a government tender. */
@NullMarked
package id.sentra.tkdn;

import org.jspecify.annotations.NullMarked;
