-- The parts catalogue: categories (a tree), parts (with their variant tree), and the stars users
-- put on both. Table names follow InvenTree's, so InvenTree exports import as they are.
--
-- Both trees are stored as materialised paths: tree_path is the chain of ids from the root,
-- "/1/5/9/", so a subtree is one LIKE on an indexed column and moving a subtree is one UPDATE.
-- tree_id is the id of the root, level the depth (0 at the root).

create sequence part_partcategory_seq start with 1 increment by 50;

create table part_partcategory (
    id                  bigint        not null primary key,
    name                varchar(100)  not null,
    description         varchar(250)  not null default '',
    parent_id           bigint        references part_partcategory (id),
    pathstring          varchar(4000) not null default '',
    tree_path           varchar(4000) not null default '',
    tree_id             bigint        not null default 0,
    level               integer       not null default 0,
    -- Stock locations come later: a plain id until then, checked by no foreign key.
    default_location_id bigint,
    default_keywords    varchar(250),
    structural          boolean       not null default false,
    icon                varchar(100),
    metadata            text
);
create index part_partcategory_parent_idx on part_partcategory (parent_id);
create index part_partcategory_tree_path_idx on part_partcategory (tree_path);

create sequence part_partcategorystar_seq start with 1 increment by 50;

create table part_partcategorystar (
    id          bigint not null primary key,
    category_id bigint not null references part_partcategory (id) on delete cascade,
    user_id     bigint not null references auth_user (id) on delete cascade,
    constraint part_partcategorystar_key unique (category_id, user_id)
);

create sequence part_part_seq start with 1 increment by 50;

create table part_part (
    id                  bigint         not null primary key,
    name                varchar(100)   not null,
    ipn                 varchar(100),
    revision            varchar(100)   default '',
    revision_of_id      bigint         references part_part (id) on delete set null,
    description         varchar(250)   not null default '',
    keywords            varchar(250),
    category_id         bigint         references part_partcategory (id) on delete set null,
    units               varchar(20)    default '',
    variant_of_id       bigint         references part_part (id) on delete set null,
    tree_path           varchar(4000)  not null default '',
    tree_id             bigint         not null default 0,
    level               integer        not null default 0,
    is_template         boolean        not null default false,
    assembly            boolean        not null default false,
    component           boolean        not null default true,
    trackable           boolean        not null default false,
    testable            boolean        not null default false,
    purchaseable        boolean        not null default true,
    salable             boolean        not null default false,
    virtual             boolean        not null default false,
    consumable          boolean        not null default false,
    active              boolean        not null default true,
    locked              boolean        not null default false,
    link                varchar(2000),
    image               varchar(255),
    notes               text,
    barcode_data        varchar(500)   not null default '',
    barcode_hash        varchar(128)   not null default '',
    creation_date       date,
    creation_user_id    bigint         references auth_user (id) on delete set null,
    responsible_id      bigint         references users_owner (id) on delete set null,
    -- Stock locations come later: a plain id until then, checked by no foreign key.
    default_location_id bigint,
    default_expiry      bigint         not null default 0,
    minimum_stock       numeric(19, 6) not null default 0,
    maximum_stock       numeric(19, 6) not null default 0,
    metadata            text
);
create index part_part_category_idx on part_part (category_id);
create index part_part_variant_of_idx on part_part (variant_of_id);
create index part_part_revision_of_idx on part_part (revision_of_id);
create index part_part_tree_path_idx on part_part (tree_path);
create index part_part_name_idx on part_part (name);
create index part_part_ipn_idx on part_part (ipn);

create sequence part_partstar_seq start with 1 increment by 50;

create table part_partstar (
    id      bigint not null primary key,
    part_id bigint not null references part_part (id) on delete cascade,
    user_id bigint not null references auth_user (id) on delete cascade,
    constraint part_partstar_key unique (part_id, user_id)
);

-- Totals computed from other rows, as read-only views the entities join: lists read them with
-- the page and sort by them without a statement per row.
create view part_partcategory_totals as
select c.id,
       (select count(*) from part_part p
         where p.category_id in (select d.id from part_partcategory d where d.tree_path like c.tree_path || '%'))
           as part_count,
       (select count(*) from part_partcategory d where d.tree_path like c.tree_path || '%' and d.id <> c.id)
           as subcategories
  from part_partcategory c;

create view part_part_totals as
select p.id,
       (select count(*) from part_part r where r.revision_of_id = p.id) as revision_count
  from part_part p;
