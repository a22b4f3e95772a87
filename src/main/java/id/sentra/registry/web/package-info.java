/** The registry's pages: server-rendered with Thymeleaf, in Bahasa Indonesia first and English. */
@NullMarked
package id.sentra.registry.web;

import org.jspecify.annotations.NullMarked;
