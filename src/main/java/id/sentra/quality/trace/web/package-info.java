/** Trace pages, the recall workbook and the trace API. */
@NullMarked
package id.sentra.quality.trace.web;

import org.jspecify.annotations.NullMarked;
