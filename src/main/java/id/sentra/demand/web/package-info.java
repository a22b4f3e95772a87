/** The contract and RFQ pages: server-rendered with Thymeleaf and htmx, in Bahasa Indonesia first and English. */
@NullMarked
package id.sentra.demand.web;

import org.jspecify.annotations.NullMarked;
