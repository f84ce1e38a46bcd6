package dev.setpoint.server.users;

import dev.setpoint.store.Role;
import dev.setpoint.store.User;
import dev.setpoint.store.Viewer;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal, whether it came with a token or a login session. */
public record SetpointUser(User user) implements UserDetails {

    public Viewer viewer() {
        return Viewer.of(user);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.role() == Role.ADMIN
                ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    /** Token-only users have no password and cannot log in with a form. */
    @Override
    public @Nullable String getPassword() {
        return user.passwordHash();
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.passwordHash() != null;
    }
}
