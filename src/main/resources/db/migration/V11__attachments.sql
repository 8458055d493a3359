-- Files and links attached to any object that accepts them. The object is named by its model
-- (InvenTree's model type name: part, stockitem, ...) and its id, as InvenTree's
-- common_attachment names it, so InvenTree exports import as they are. The file itself lives
-- under the media folder; "attachment" holds its path relative to that folder.
create sequence common_attachment_seq start with 1 increment by 50;

create table common_attachment (
    id             bigint        not null primary key,
    model_type     varchar(100)  not null,
    model_id       bigint        not null,
    attachment     varchar(255),
    link           varchar(2000),
    comment        varchar(250)  not null default '',
    upload_user_id bigint        references auth_user (id) on delete set null,
    upload_date    date,
    file_size      bigint        not null default 0,
    metadata       text
);
create index common_attachment_model_idx on common_attachment (model_type, model_id);
create index common_attachment_user_idx on common_attachment (upload_user_id);
