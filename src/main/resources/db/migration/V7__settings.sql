-- Settings: the values that differ from their defaults, as text, under InvenTree's table and
-- column names so that exported InvenTree rows import as they are. "key" and "value" are quoted
-- because H2 reserves them (quoted lower-case names are the same columns as unquoted ones).
create sequence common_inventreesetting_seq start with 1 increment by 50;

create table common_inventreesetting (
    id      bigint        not null primary key,
    "key"   varchar(50)   not null,
    "value" varchar(2000) not null default '',
    constraint common_inventreesetting_key_key unique ("key")
);

create sequence common_inventreeusersetting_seq start with 1 increment by 50;

create table common_inventreeusersetting (
    id      bigint        not null primary key,
    "key"   varchar(50)   not null,
    "value" varchar(2000) not null default '',
    user_id bigint        not null references auth_user (id) on delete cascade,
    constraint common_inventreeusersetting_key_user_key unique ("key", user_id)
);

create index common_inventreeusersetting_user_idx on common_inventreeusersetting (user_id);
