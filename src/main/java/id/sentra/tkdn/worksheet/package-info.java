/** The TKDN self-assessment worksheet printed as PDF and written as an Excel workbook, in the reader's language. */
@NullMarked
package id.sentra.tkdn.worksheet;

import org.jspecify.annotations.NullMarked;
