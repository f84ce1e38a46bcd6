package dev.setpoint.server.users;

import dev.setpoint.core.SetpointException;
import dev.setpoint.server.config.Links;
import dev.setpoint.store.ApiToken;
import dev.setpoint.store.IssuedToken;
import dev.setpoint.store.Role;
import dev.setpoint.store.User;
import dev.setpoint.store.UserStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "users")
class UserController {

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final TokenAuthenticator tokens;
    private final Links links;

    UserController(UserStore users, PasswordEncoder passwords, TokenAuthenticator tokens, Links links) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.links = links;
    }

    record NewUser(
            // Checked by the store, whose problem names a control or invisible character it finds.
            @Nullable String username,
            @Size(min = 12, max = 200) @Nullable String password,

            @Pattern(regexp = "admin|user", message = "must be admin or user") @Nullable
            String role) {}

    record UserJson(long id, String username, String role, Instant createdAt) {
        static UserJson of(User user) {
            return new UserJson(user.id(), user.username(), user.role().id(), user.createdAt());
        }
    }

    /** The token's secret appears here and nowhere else. */
    record NewToken(long id, String name, String token) {
        static NewToken of(IssuedToken token) {
            return new NewToken(token.id(), token.name(), token.plaintext());
        }
    }

    record CreatedUser(UserJson user, NewToken token) {}

    record TokenRequest(@Size(max = 100) @Nullable String name) {}

    record TokenJson(
            long id,
            String name,
            Instant createdAt,
            @Nullable Instant lastUsedAt) {
        static TokenJson of(ApiToken token) {
            return new TokenJson(token.id(), token.name(), token.createdAt(), token.lastUsedAt());
        }
    }

    @PostMapping("/api/users")
    @Operation(summary = "Create a user (admin only); returns the user's first API token, once")
    ResponseEntity<CreatedUser> create(@Valid @RequestBody NewUser request) {
        Role role = request.role() == null ? Role.USER : Role.of(request.role());
        String hash = request.password() == null ? null : passwords.encode(request.password());
        User user = users.createUser(request.username(), hash, role);
        IssuedToken token = users.issueToken(user.id(), "initial");
        return ResponseEntity.created(links.location("/api/users/" + user.id()))
                .body(new CreatedUser(UserJson.of(user), NewToken.of(token)));
    }

    @GetMapping("/api/me")
    @Operation(summary = "The authenticated user")
    UserJson me(@AuthenticationPrincipal SetpointUser me) {
        return UserJson.of(me.user());
    }

    @PostMapping("/api/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a new personal API token; its secret is returned only now")
    NewToken issue(
            @AuthenticationPrincipal SetpointUser me,
            @Valid @RequestBody(required = false) @Nullable TokenRequest request) {
        String name =
                request == null || request.name() == null || request.name().isBlank() ? "token" : request.name();
        return NewToken.of(users.issueToken(me.user().id(), name));
    }

    @GetMapping("/api/me/tokens")
    @Operation(summary = "The user's tokens, without their secrets")
    List<TokenJson> tokens(@AuthenticationPrincipal SetpointUser me) {
        return users.tokens(me.user().id()).stream().map(TokenJson::of).toList();
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the user's tokens")
    void revoke(@AuthenticationPrincipal SetpointUser me, @PathVariable long id) {
        if (!users.revokeToken(me.user().id(), id)) {
            throw SetpointException.notFound("id", "you have no token " + id);
        }
        tokens.revoked(me.user().id());
    }
}
