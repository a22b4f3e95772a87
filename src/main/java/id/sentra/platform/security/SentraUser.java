package id.sentra.platform.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person with the scope that limits what they see: an operator's cooperative,
 * a member's IKM, a buyer's organisation.
 */
public record SentraUser(
        long accountId,
        String username,
        String displayName,
        @Nullable String passwordHash,
        Role role,
        @Nullable Long cooperativeId,
        @Nullable Long memberId,
        @Nullable Long buyerId,
        boolean locked,
        boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** A copy without the password hash, for the security context of an API request. */
    public SentraUser withoutCredentials() {
        return new SentraUser(accountId, username, displayName, null, role, cooperativeId, memberId, buyerId, locked, enabled);
    }
}
