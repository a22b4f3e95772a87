/** The TKDN pages: a member's products, a product's cost structure with its figures, verdict and heat evidence. */
@NullMarked
package id.sentra.tkdn.web;

import org.jspecify.annotations.NullMarked;
