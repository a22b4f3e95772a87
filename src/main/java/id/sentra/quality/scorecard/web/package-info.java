/** Pages of the SPC charts and member scorecards. */
@NullMarked
package id.sentra.quality.scorecard.web;

import org.jspecify.annotations.NullMarked;
