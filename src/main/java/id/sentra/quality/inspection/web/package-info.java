/** Pages for lot inspection, overrides and non-conformance reports. */
@NullMarked
package id.sentra.quality.inspection.web;

import org.jspecify.annotations.NullMarked;
