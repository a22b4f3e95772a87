/** What buyers ask the clusters for: RFQs, quotes, contracts with delivery schedules, call-offs, and the warnings they raise. */
@NullMarked
package id.sentra.demand;

import org.jspecify.annotations.NullMarked;
