/** Stored cost structures of members' products, their TKDN with material origin from the heats, and the contract-level figure. */
@NullMarked
package id.sentra.tkdn.product;

import org.jspecify.annotations.NullMarked;
