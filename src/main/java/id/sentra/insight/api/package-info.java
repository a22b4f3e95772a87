/** The ministry's figures for other systems, under /api/v1/ministry. */
@NullMarked
package id.sentra.insight.api;

import org.jspecify.annotations.NullMarked;
