-- Custom units, tags, and notifications. Table names follow InvenTree's (and django-taggit's),
-- so InvenTree exports import as they are.

-- Units users define in terms of existing ones: fathom = 6 * foot = ftm.
create sequence common_customunit_seq start with 1 increment by 50;

create table common_customunit (
    id         bigint      not null primary key,
    name       varchar(50) not null,
    symbol     varchar(10) not null default '',
    definition varchar(50) not null,
    constraint common_customunit_name_key unique (name)
);

-- Tags, and which objects carry them. An object is named by its model (InvenTree's content type
-- model name: part, stockitem, ...) and its id, so any feature can tag its objects without a
-- table of its own.
create sequence taggit_tag_seq start with 1 increment by 50;

create table taggit_tag (
    id   bigint       not null primary key,
    name varchar(100) not null,
    slug varchar(100) not null,
    constraint taggit_tag_name_key unique (name),
    constraint taggit_tag_slug_key unique (slug)
);

create sequence taggit_taggeditem_seq start with 1 increment by 50;

create table taggit_taggeditem (
    id         bigint       not null primary key,
    tag_id     bigint       not null references taggit_tag (id) on delete cascade,
    model_type varchar(100) not null,
    object_id  bigint       not null,
    constraint taggit_taggeditem_key unique (model_type, object_id, tag_id)
);
create index taggit_taggeditem_tag_idx on taggit_taggeditem (tag_id);

-- Messages to one user about an object (the target), optionally caused by another (the source).
create sequence common_notificationmessage_seq start with 1 increment by 50;

create table common_notificationmessage (
    id           bigint       not null primary key,
    user_id      bigint       not null references auth_user (id) on delete cascade,
    category     varchar(250) not null,
    name         varchar(250) not null,
    message      varchar(250),
    target_model varchar(100) not null,
    target_id    bigint       not null,
    source_model varchar(100),
    source_id    bigint,
    creation     timestamp with time zone not null,
    read         boolean      not null default false
);
create index common_notificationmessage_user_idx on common_notificationmessage (user_id, read);
