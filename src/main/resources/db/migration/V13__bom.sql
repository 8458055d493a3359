-- Bills of materials: the lines that say which parts (and how many) make an assembly, the
-- substitutes allowed for a line, and what a part records when its BOM is validated.
-- Table and column names follow InvenTree's, so InvenTree exports import as they are.

-- A part's BOM validation: the checksum of its lines when someone last signed them off.
alter table part_part add column bom_checksum varchar(128) not null default '';
alter table part_part add column bom_checked_by_id bigint;
alter table part_part add column bom_checked_date date;
alter table part_part add column bom_validated boolean not null default false;
alter table part_part add constraint part_part_bom_checked_by_fk
    foreign key (bom_checked_by_id) references auth_user (id) on delete set null;
create index part_part_bom_validated_idx on part_part (bom_validated);

create sequence part_bomitem_seq start with 1 increment by 50;

create table part_bomitem (
    id                bigint         not null primary key,
    part_id           bigint         not null references part_part (id) on delete cascade,
    sub_part_id       bigint         not null references part_part (id) on delete cascade,
    -- the amount as entered (may carry units); quantity is it in the sub-part's units
    raw_amount        varchar(25)    not null default '',
    quantity          numeric(15, 5) not null default 1,
    piece_count       integer        not null default 1,
    setup_quantity    numeric(15, 5) not null default 0,
    attrition         numeric(6, 3)  not null default 0,
    rounding_multiple numeric(15, 5),
    reference         varchar(5000)  not null default '',
    note              varchar(500)   not null default '',
    optional          boolean        not null default false,
    consumable        boolean        not null default false,
    inherited         boolean        not null default false,
    allow_variants    boolean        not null default false,
    -- the line's hash when it was last validated; validated says whether it still matches
    checksum          varchar(128)   not null default '',
    validated         boolean        not null default false,
    metadata          text
);
create index part_bomitem_part_idx on part_bomitem (part_id);
create index part_bomitem_sub_part_idx on part_bomitem (sub_part_id);

create sequence part_bomitemsubstitute_seq start with 1 increment by 50;

create table part_bomitemsubstitute (
    id          bigint not null primary key,
    bom_item_id bigint not null references part_bomitem (id) on delete cascade,
    part_id     bigint not null references part_part (id) on delete cascade,
    metadata    text,
    constraint part_bomitemsubstitute_key unique (part_id, bom_item_id)
);
create index part_bomitemsubstitute_bom_item_idx on part_bomitemsubstitute (bom_item_id);
