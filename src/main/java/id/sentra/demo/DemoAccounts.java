package id.sentra.demo;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.Accounts.NewAccount;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/** One demo login per role, each scoped to a demo record, all with the same published password. */
@Component
class DemoAccounts {

    static final String PASSWORD = "sentra-demo";
    static final List<String> USERNAMES = List.of("admin", "operator", "operator.tegal", "member", "buyer", "ministry");

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    void create(Scopes scopes) {
        List.of(new NewAccount("admin", "Administrator Sentra", PASSWORD, Role.ADMIN, null, null, null),
                new NewAccount("operator", "Operator " + DemoCooperatives.BATUR_JAYA, PASSWORD, Role.OPERATOR,
                        scopes.baturJaya(), null, null),
                new NewAccount("operator.tegal", "Operator " + DemoCooperatives.TEGAL, PASSWORD, Role.OPERATOR,
                        scopes.tegal(), null, null),
                new NewAccount("member", SpectrometerMember.OWNER + " (" + SpectrometerMember.LEGAL_NAME + ")", PASSWORD,
                        Role.MEMBER, null, scopes.member(), null),
                new NewAccount("buyer", "Pengadaan PT Kereta Api Indonesia", PASSWORD, Role.BUYER, null, null, scopes.buyer()),
                new NewAccount("ministry", "Analis Ditjen IKM", PASSWORD, Role.MINISTRY, null, null, null))
                .forEach(accounts::create);
    }

    /** Logs the demo logins that still open with the demo password; one whose password was changed is left out. */
    void logLogins() {
        var working = USERNAMES.stream()
                .flatMap(username -> accounts.findByUsername(username).stream())
                .filter(user -> user.passwordHash() != null && passwordEncoder.matches(PASSWORD, user.passwordHash()))
                .toList();
        if (!working.isEmpty()) {
            log.info(block(working));
        }
    }

    static String block(List<SentraUser> users) {
        return users.stream()
                .map(user -> "  %-15s %-9s %s".formatted(user.username(), user.role(), user.displayName()))
                .collect(Collectors.joining("\n", "Demo logins (password " + PASSWORD + "):\n", ""));
    }

    /** The records the demo logins are scoped to. */
    record Scopes(long baturJaya, long tegal, long member, long buyer) {
    }
}
