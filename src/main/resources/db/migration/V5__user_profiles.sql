-- What a user tells about themselves and how they like the interface. One row per user, created
-- when first saved: a user without a row has the defaults.
create sequence users_userprofile_seq start with 1 increment by 50;

create table users_userprofile (
    id               bigint        not null primary key,
    user_id          bigint        not null references auth_user (id) on delete cascade,
    language         varchar(10),
    theme            text,
    widgets          text,
    displayname      varchar(255),
    position         varchar(255),
    status           varchar(2000),
    location         varchar(2000),
    active           boolean       not null default true,
    contact          varchar(255),
    user_type        varchar(10)   not null default 'internal',
    organisation     varchar(255),
    primary_group_id bigint        references auth_group (id) on delete set null,
    constraint users_userprofile_user_key unique (user_id),
    constraint users_userprofile_type_check check (user_type in ('bot', 'internal', 'external', 'guest'))
);
