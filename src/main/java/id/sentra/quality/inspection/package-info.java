/** Inspection and disposition of lots: sampling with switching, the rules each lot is judged by, overrides and non-conformance reports. */
@NullMarked
package id.sentra.quality.inspection;

import org.jspecify.annotations.NullMarked;
