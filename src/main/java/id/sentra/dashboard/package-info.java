/** The home page: for each role, the figures it needs first, drawn as charts where people would rather look than read. */
@NullMarked
package id.sentra.dashboard;

import org.jspecify.annotations.NullMarked;
