-- Groups grant roles through rule sets; users hold API tokens. Names follow InvenTree's tables.
create sequence auth_group_seq start with 1 increment by 50;

create table auth_group (
    id   bigint       not null primary key,
    name varchar(150) not null,
    constraint auth_group_name_key unique (name)
);

create table auth_user_groups (
    user_id  bigint not null references auth_user (id) on delete cascade,
    group_id bigint not null references auth_group (id) on delete cascade,
    constraint auth_user_groups_pkey primary key (user_id, group_id)
);
create index auth_user_groups_group_idx on auth_user_groups (group_id);

create sequence users_ruleset_seq start with 1 increment by 50;

-- One row per (role, group): what the group's members may do with that role's objects.
create table users_ruleset (
    id         bigint      not null primary key,
    name       varchar(50) not null,
    group_id   bigint      not null references auth_group (id) on delete cascade,
    can_view   boolean     not null default false,
    can_add    boolean     not null default false,
    can_change boolean     not null default false,
    can_delete boolean     not null default false,
    constraint users_ruleset_name_group_key unique (name, group_id)
);

create sequence users_apitoken_seq start with 1 increment by 50;

-- The key itself is never stored: only its SHA-256 digest, which is what requests are matched by.
create table users_apitoken (
    id        bigint       not null primary key,
    user_id   bigint       not null references auth_user (id) on delete cascade,
    name      varchar(100) not null,
    key_hash  varchar(64)  not null,
    created   timestamp with time zone not null,
    expiry    date         not null,
    last_seen date,
    revoked   boolean      not null default false,
    constraint users_apitoken_key_hash_key unique (key_hash)
);
create index users_apitoken_user_idx on users_apitoken (user_id, name);
