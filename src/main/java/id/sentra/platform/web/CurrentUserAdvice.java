package id.sentra.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.security.SentraUser;

/** Puts the signed-in user into every page model, for the navigation and role-specific parts. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    private final java.time.Clock clock;

    CurrentUserAdvice(java.time.Clock clock) {
        this.clock = clock;
    }

    /** Today in the server's zone, for "valid" and "expired" marks. */
    @ModelAttribute("today")
    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    @ModelAttribute("me")
    @Nullable SentraUser me() {
        return CurrentUser.get().orElse(null);
    }
}
