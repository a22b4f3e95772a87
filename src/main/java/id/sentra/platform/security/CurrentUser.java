package id.sentra.platform.security;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, for services that scope what they return. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SentraUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SentraUser user
                ? Optional.of(user) : Optional.empty();
    }

    public static SentraUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    /** The name written into audit records: the username, or "system" for start-up jobs. */
    public static String actorName() {
        return get().map(SentraUser::username).orElse("system");
    }
}
