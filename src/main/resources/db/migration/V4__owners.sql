-- An owner is a user or a group that objects (stock locations and items, orders, parts) can be
-- made responsible to. Name and active flag are copies kept in step with the user or group, so
-- owners can be searched and filtered without a join per kind.
create sequence users_owner_seq start with 1 increment by 50;

create table users_owner (
    id         bigint       not null primary key,
    owner_type varchar(10)  not null,
    owner_id   bigint       not null,
    name       varchar(150) not null,
    is_active  boolean      not null default true,
    constraint users_owner_type_check check (owner_type in ('USER', 'GROUP')),
    constraint users_owner_owner_key unique (owner_type, owner_id)
);
