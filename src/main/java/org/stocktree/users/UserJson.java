package org.stocktree.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The wire shapes of users and groups, as InvenTree's serializers write them. */
final class UserJson {

    private UserJson() {
    }

    record GroupRef(long pk, String name) {
        static List<GroupRef> of(Collection<Group> groups) {
            return groups.stream().sorted(Comparator.comparing(Group::getName))
                    .map(group -> new GroupRef(group.getId(), group.getName())).toList();
        }
    }

    /** {@code User}: the short form, inside groups. */
    record Brief(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email) {
        static Brief of(User user) {
            return new Brief(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail());
        }
    }

    /** A user's profile as InvenTree shows it; these are the values of a user with no stored profile. */
    record Profile(String language, Object theme, Object widgets, String displayname, String position,
            String status, String location, boolean active, String contact, String type, String organisation,
            @JsonProperty("primary_group") Long primaryGroup) {
        static Profile of(UserProfile stored) {
            if (stored == null) {
                return new Profile(null, null, null, null, null, null, null, true, null, "internal", null, null);
            }
            return new Profile(stored.getLanguage(), stored.getTheme(), stored.getWidgets(), stored.getDisplayname(),
                    stored.getPosition(), stored.getStatus(), stored.getLocation(), stored.isActive(),
                    stored.getContact(), stored.getType(), stored.getOrganisation(),
                    stored.getPrimaryGroup() == null ? null : stored.getPrimaryGroup().getId());
        }
    }

    /** What a user may send about their own profile ({@code PUT/PATCH /api/user/me/profile/}). */
    record ProfileInput(String language, Map<String, Object> theme, Map<String, Object> widgets,
            String displayname, String position, String status, String location, Boolean active, String contact,
            String type, String organisation, @JsonProperty("primary_group") Long primaryGroup) {
        UserProfile.Changes changes() {
            return new UserProfile.Changes(language, theme, widgets, displayname, position, status, location, active,
                    contact, type, organisation, primaryGroup);
        }
    }

    /** {@code BriefUserProfile}: the profile as other users see it, without personal preferences. */
    record BriefProfile(String displayname, String position, String status, String location, boolean active,
            String contact, String type, String organisation, @JsonProperty("primary_group") Long primaryGroup) {
        static BriefProfile of(UserProfile stored) {
            if (stored == null) {
                return new BriefProfile(null, null, null, null, true, null, "internal", null, null);
            }
            return new BriefProfile(stored.getDisplayname(), stored.getPosition(), stored.getStatus(),
                    stored.getLocation(), stored.isActive(), stored.getContact(), stored.getType(),
                    stored.getOrganisation(), stored.getPrimaryGroup() == null ? null : stored.getPrimaryGroup().getId());
        }
    }

    /** {@code ExtendedUser} / {@code UserCreate}: the full form of the user endpoints. */
    record Extended(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email, List<GroupRef> groups,
            @JsonProperty("is_staff") boolean staff, @JsonProperty("is_superuser") boolean superuser,
            @JsonProperty("is_active") boolean active, BriefProfile profile) {
        static Extended of(User user, Collection<Group> groups, UserProfile profile) {
            return new Extended(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                    user.getEmail(), GroupRef.of(groups), user.isStaff(), user.isSuperuser(), user.isActive(),
                    BriefProfile.of(profile));
        }
    }

    /** What a client may send to create or change a user; absent fields are left as they are. */
    record Input(String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email,
            @JsonProperty("is_staff") Boolean staff, @JsonProperty("is_superuser") Boolean superuser,
            @JsonProperty("is_active") Boolean active, @JsonProperty("group_ids") List<Long> groupIds) {
    }

    record RuleSetRow(long pk, String name, String label, long group, @JsonProperty("can_view") boolean canView,
            @JsonProperty("can_add") boolean canAdd, @JsonProperty("can_change") boolean canChange,
            @JsonProperty("can_delete") boolean canDelete) {
        static RuleSetRow of(RuleSet set) {
            return new RuleSetRow(set.getId(), set.getName(), set.getRole().label(), set.getGroup().getId(),
                    set.canView(), set.canAdd(), set.canChange(), set.canDelete());
        }
    }

    /** {@code Group}; roles, users and permissions only when asked for. */
    record GroupRow(long pk, String name, List<RuleSetRow> roles, List<Brief> users,
            Map<String, List<String>> permissions) {
    }
}
