package org.stocktree.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.ServerRole;

/**
 * A person (or integration) that signs in.
 *
 * <p>Staff users may administer the server; superusers pass every permission check. An inactive
 * user cannot sign in but keeps their history. Only the password's hash is stored.
 */
@Entity
@Table(name = "auth_user")
@ModelType(app = "auth", model = "user", roles = "admin", display = "username")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :username")
public class User extends BaseEntity {

    public static final String BY_USERNAME = "User.byUsername";

    /** The stored password of an account that has none: no password hashes to it. */
    static final String UNUSABLE_PASSWORD = "!";

    /** The server role every signed-in staff user holds. */
    public static final String STAFF_ROLE = ServerRole.STAFF;
    /** The server role of superusers. */
    public static final String SUPERUSER_ROLE = ServerRole.SUPERUSER;

    @Column(nullable = false, length = 150)
    private String username;

    @Column(nullable = false, length = 128)
    private String password;

    @Column(name = "first_name", nullable = false, length = 150)
    private String firstName = "";

    @Column(name = "last_name", nullable = false, length = 150)
    private String lastName = "";

    @Column(nullable = false, length = 254)
    private String email = "";

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Column(name = "is_staff", nullable = false)
    private boolean staff;

    @Column(name = "is_superuser", nullable = false)
    private boolean superuser;

    @Column(name = "date_joined", nullable = false)
    private OffsetDateTime dateJoined;

    @Column(name = "last_login")
    private OffsetDateTime lastLogin;

    @ManyToMany
    @JoinTable(name = "auth_user_groups", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<Group> groups = new HashSet<>();

    protected User() {
    }

    public User(String username, String email) {
        this.username = Objects.requireNonNull(username, "username");
        this.email = email == null ? "" : email;
        this.dateJoined = OffsetDateTime.now();
        this.password = UNUSABLE_PASSWORD; // no password can match: one is set explicitly
    }

    /**
     * Checks a username as Django does: at most 150 characters of letters, digits and
     * {@code @ . + - _}. Returns the problem, or null when the name is acceptable.
     */
    static String usernameProblem(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return "This field may not be blank.";
        }
        if (candidate.length() > 150) {
            return "Ensure this field has no more than 150 characters.";
        }
        if (!candidate.matches("[\\w.@+-]+")) {
            return "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.";
        }
        return null;
    }

    /** Email addresses are optional; when given they must look like one. */
    static String emailProblem(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return null;
        }
        return candidate.length() <= 254 && candidate.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? null
                : "Enter a valid email address.";
    }

    void rename(String newUsername) {
        this.username = newUsername;
    }

    void describe(String newFirstName, String newLastName, String newEmail) {
        if (newFirstName != null) {
            this.firstName = newFirstName;
        }
        if (newLastName != null) {
            this.lastName = newLastName;
        }
        if (newEmail != null) {
            this.email = newEmail;
        }
    }

    void setFlags(Boolean newStaff, Boolean newSuperuser, Boolean newActive) {
        if (newStaff != null) {
            this.staff = newStaff;
        }
        if (newSuperuser != null) {
            this.superuser = newSuperuser;
        }
        if (newActive != null) {
            this.active = newActive;
        }
    }

    void replaceGroups(Set<Group> newGroups) {
        groups.clear();
        groups.addAll(newGroups);
    }

    /** A superuser (also staff): the server's administrator. */
    public static User administrator(String username, String email, String password) {
        User user = new User(username, email);
        user.staff = true;
        user.superuser = true;
        user.changePassword(password);
        return user;
    }

    public void changePassword(String newPassword) {
        this.password = PasswordHash.of(newPassword);
    }

    /** Whether these credentials sign this user in: the password matches and the account is active. */
    public boolean acceptsPassword(String candidate) {
        return active && PasswordHash.matches(candidate, password);
    }

    /** The server-wide roles this user holds (staff, superuser), as the security layer sees them. */
    public List<String> serverRoles() {
        return serverRoles(staff, superuser);
    }

    /** The server-wide roles of an account with these flags: superusers are staff too. */
    static List<String> serverRoles(boolean staff, boolean superuser) {
        List<String> roles = new ArrayList<>();
        if (staff || superuser) {
            roles.add(STAFF_ROLE);
        }
        if (superuser) {
            roles.add(SUPERUSER_ROLE);
        }
        return roles;
    }

    public void join(Group group) {
        groups.add(group);
    }

    public void leave(Group group) {
        groups.remove(group);
    }

    public Set<Group> getGroups() {
        return Collections.unmodifiableSet(groups);
    }

    public void signedIn() {
        this.lastLogin = OffsetDateTime.now();
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return password;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isSuperuser() {
        return superuser;
    }

    public OffsetDateTime getDateJoined() {
        return dateJoined;
    }

    public OffsetDateTime getLastLogin() {
        return lastLogin;
    }
}
