/** The TKDN REST API: members' products with their cost structures, figures and heat evidence, and contract-level TKDN. */
@NullMarked
package id.sentra.tkdn.api;

import org.jspecify.annotations.NullMarked;
