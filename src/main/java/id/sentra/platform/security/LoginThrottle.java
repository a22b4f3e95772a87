package id.sentra.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords per account and locks it for a while after too many, to slow guessing. */
@Component
class LoginThrottle {

    private final Accounts accounts;

    LoginThrottle(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SentraUser user) {
            accounts.recordSuccessfulLogin(user.username());
        }
    }
}
