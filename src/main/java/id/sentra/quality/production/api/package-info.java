/** The REST API for heats and lots, for members' own systems and benchmarks. */
@NullMarked
package id.sentra.quality.production.api;

import org.jspecify.annotations.NullMarked;
