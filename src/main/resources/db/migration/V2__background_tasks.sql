-- Background work: one row per job started (its state is the API's pending/failed lists),
-- and one row per schedule (the API's scheduled list).
create sequence background_task_seq start with 1 increment by 50;

create table background_task (
    id            bigint       not null primary key,
    task_id       varchar(36)  not null,
    name          varchar(100) not null,
    func          varchar(256) not null,
    args          varchar(4000),
    kwargs        varchar(4000),
    state         varchar(16)  not null,
    node          varchar(255) not null,
    execution_id  bigint,
    created       timestamp with time zone not null,
    started       timestamp with time zone,
    stopped       timestamp with time zone,
    result        text,
    attempt_count integer      not null default 0,
    constraint background_task_task_id_key unique (task_id),
    constraint background_task_state_check check (state in ('PENDING', 'RUNNING', 'SUCCESS', 'FAILED'))
);
create index background_task_state_idx on background_task (state, node);

create sequence scheduled_task_seq start with 1 increment by 50;

create table scheduled_task (
    id            bigint       not null primary key,
    name          varchar(100) not null,
    func          varchar(256) not null,
    schedule_type varchar(2)   not null,
    schedule      varchar(100) not null,
    last_run      timestamp with time zone,
    success       boolean      not null default false,
    task          varchar(36),
    constraint scheduled_task_name_key unique (name)
);
