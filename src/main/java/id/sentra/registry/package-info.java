/** The book of cooperatives, clusters, member IKM with their capability profile, and buyers. */
@NullMarked
package id.sentra.registry;

import org.jspecify.annotations.NullMarked;
