-- Project codes: labels for grouping orders, builds and stock by project.
create sequence common_projectcode_seq start with 1 increment by 50;

create table common_projectcode (
    id             bigint       not null primary key,
    code           varchar(50)  not null,
    description    varchar(200) not null default '',
    active         boolean      not null default true,
    responsible_id bigint       references users_owner (id) on delete set null,
    metadata       text,
    constraint common_projectcode_code_key unique (code)
);
