-- Users who can sign in. Column names follow Django's auth_user, so InvenTree exports import as they are.
create sequence auth_user_seq start with 1 increment by 50;

create table auth_user (
    id           bigint       not null primary key,
    username     varchar(150) not null,
    password     varchar(128) not null,
    first_name   varchar(150) not null default '',
    last_name    varchar(150) not null default '',
    email        varchar(254) not null default '',
    is_active    boolean      not null default true,
    is_staff     boolean      not null default false,
    is_superuser boolean      not null default false,
    date_joined  timestamp with time zone not null,
    last_login   timestamp with time zone,
    constraint auth_user_username_key unique (username)
);
