/** The contracts API for buyers' and cooperatives' own systems: the same rules and scopes as the pages. */
@NullMarked
package id.sentra.demand.api;

import org.jspecify.annotations.NullMarked;
