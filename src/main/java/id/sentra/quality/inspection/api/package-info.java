/** REST API for lot inspections and non-conformance reports. */
@NullMarked
package id.sentra.quality.inspection.api;

import org.jspecify.annotations.NullMarked;
