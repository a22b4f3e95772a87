package id.sentra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;

/** Guessing passwords is slowed down: after five wrong ones the account is locked for a while, even for the right one. */
@SentraIntegrationTest
class LoginThrottleTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        accounts.create(new Accounts.NewAccount("throttle.victim", "Victim", "right-password", Role.MINISTRY, null, null, null));
        for (int i = 0; i < Accounts.MAX_FAILED_LOGINS; i++) {
            var wrong = mvc.perform(formLogin().user("throttle.victim").password("wrong-" + i)).andReturn().getResponse();
            assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
        }

        var right = mvc.perform(formLogin().user("throttle.victim").password("right-password")).andReturn().getResponse();

        assertThat(right.getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(accounts.findByUsername("throttle.victim").orElseThrow().isAccountNonLocked()).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        accounts.create(new Accounts.NewAccount("throttle.forgetful", "Forgetful", "right-password", Role.MINISTRY, null, null, null));
        for (int i = 0; i < Accounts.MAX_FAILED_LOGINS - 1; i++) {
            mvc.perform(formLogin().user("throttle.forgetful").password("wrong"));
        }
        assertThat(mvc.perform(formLogin().user("throttle.forgetful").password("right-password")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/");

        var afterOneMoreMistake = mvc.perform(formLogin().user("throttle.forgetful").password("wrong")).andReturn().getResponse();

        assertThat(afterOneMoreMistake.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        accounts.create(new Accounts.NewAccount("throttle.hash", "Hash", "secret-words", Role.MINISTRY, null, null, null));
        assertThat(accounts.findByUsername("throttle.hash").orElseThrow().getPassword())
                .startsWith("{argon2}$argon2id$").doesNotContain("secret-words");
    }
}
