/** Control charts and capability from heats and lot inspections, member scorecards, and the quality record matchmaking reads. */
@NullMarked
package id.sentra.quality.scorecard;

import org.jspecify.annotations.NullMarked;
