-- Stock: location types, the location tree, stock items and their tracking history. Table names
-- follow InvenTree's, so InvenTree exports import as they are.
--
-- Locations are a materialised path like part categories (tree_path "/1/5/9/", tree_id, level).
-- References to models that have no table yet (companies, supplier parts, builds, orders) are
-- plain ids, checked by no foreign key until those tables exist.

create sequence stock_stocklocationtype_seq start with 1 increment by 50;

create table stock_stocklocationtype (
    id          bigint       not null primary key,
    name        varchar(100) not null,
    description varchar(250) not null default '',
    icon        varchar(100) not null default '',
    metadata    text
);

create sequence stock_stocklocation_seq start with 1 increment by 50;

create table stock_stocklocation (
    id               bigint        not null primary key,
    name             varchar(100)  not null,
    description      varchar(250)  not null default '',
    parent_id        bigint        references stock_stocklocation (id),
    pathstring       varchar(4000) not null default '',
    tree_path        varchar(4000) not null default '',
    tree_id          bigint        not null default 0,
    level            integer       not null default 0,
    owner_id         bigint        references users_owner (id) on delete set null,
    -- InvenTree's custom_icon, stored in a column named icon as InvenTree stores it
    icon             varchar(100),
    structural       boolean       not null default false,
    external         boolean       not null default false,
    location_type_id bigint        references stock_stocklocationtype (id) on delete set null,
    barcode_data     varchar(500)  not null default '',
    barcode_hash     varchar(128)  not null default '',
    metadata         text
);
create index stock_stocklocation_parent_idx on stock_stocklocation (parent_id);
create index stock_stocklocation_tree_path_idx on stock_stocklocation (tree_path);
create index stock_stocklocation_type_idx on stock_stocklocation (location_type_id);

-- Parts and categories name their default location by id since the parts catalogue; now the
-- locations exist, the ids are checked.
alter table part_part add constraint part_part_default_location_fk
    foreign key (default_location_id) references stock_stocklocation (id) on delete set null;
alter table part_partcategory add constraint part_partcategory_default_location_fk
    foreign key (default_location_id) references stock_stocklocation (id) on delete set null;

create sequence stock_stockitem_seq start with 1 increment by 50;

create table stock_stockitem (
    id                      bigint         not null primary key,
    -- every update checks and bumps it: a conflicting edit fails instead of overwriting
    version                 bigint         not null default 0,
    part_id                 bigint         not null references part_part (id) on delete cascade,
    quantity                numeric(15, 5) not null default 1,
    serial                  varchar(100),
    serial_int              integer        not null default 0,
    batch                   varchar(100),
    location_id             bigint         references stock_stocklocation (id) on delete set null,
    status                  integer        not null default 10,
    status_custom_key       integer,
    parent_id               bigint         references stock_stockitem (id) on delete set null,
    belongs_to_id           bigint         references stock_stockitem (id) on delete set null,
    customer_id             bigint,
    supplier_part_id        bigint,
    build_id                bigint,
    consumed_by_id          bigint,
    sales_order_id          bigint,
    purchase_order_id       bigint,
    is_building             boolean        not null default false,
    expiry_date             date,
    stocktake_date          date,
    stocktake_user_id       bigint         references auth_user (id) on delete set null,
    review_needed           boolean        not null default false,
    delete_on_deplete       boolean        not null default false,
    packaging               varchar(50),
    link                    varchar(2000),
    notes                   text,
    owner_id                bigint         references users_owner (id) on delete set null,
    purchase_price          numeric(19, 6),
    purchase_price_currency varchar(3)     not null default '',
    creation_date           timestamp with time zone,
    updated                 timestamp with time zone,
    barcode_data            varchar(500)   not null default '',
    barcode_hash            varchar(128)   not null default '',
    metadata                text
);
create index stock_stockitem_part_idx on stock_stockitem (part_id);
create index stock_stockitem_location_idx on stock_stockitem (location_id);
create index stock_stockitem_serial_idx on stock_stockitem (part_id, serial);
create index stock_stockitem_belongs_to_idx on stock_stockitem (belongs_to_id);
create index stock_stockitem_parent_idx on stock_stockitem (parent_id);

create sequence stock_stockitemtracking_seq start with 1 increment by 50;

-- History outlives its item: deleting an item keeps its entries (item_id becomes null).
create table stock_stockitemtracking (
    id            bigint                   not null primary key,
    item_id       bigint                   references stock_stockitem (id) on delete set null,
    part_id       bigint                   references part_part (id) on delete cascade,
    tracking_type integer                  not null,
    date          timestamp with time zone not null,
    notes         varchar(512),
    user_id       bigint                   references auth_user (id) on delete set null,
    deltas        text
);
create index stock_stockitemtracking_item_idx on stock_stockitemtracking (item_id);
create index stock_stockitemtracking_part_idx on stock_stockitemtracking (part_id);

-- Counts a location's row shows, over its whole subtree: read with the page, as for categories.
create view stock_stocklocation_totals as
select l.id,
       (select count(*) from stock_stockitem i
         where i.location_id in (select d.id from stock_stocklocation d where d.tree_path like l.tree_path || '%'))
           as items,
       (select count(*) from stock_stocklocation d where d.tree_path like l.tree_path || '%' and d.id <> l.id)
           as sublocations
  from stock_stocklocation l;

create view stock_stocklocationtype_totals as
select t.id, (select count(*) from stock_stocklocation l where l.location_type_id = t.id) as location_count
  from stock_stocklocationtype t;

create view stock_stockitem_totals as
select i.id,
       (select count(*) from stock_stockitem c where c.belongs_to_id = i.id) as installed_items,
       (select count(*) from stock_stockitem c where c.parent_id = i.id) as child_items,
       (select count(*) from stock_stockitemtracking t where t.item_id = i.id) as tracking_items
  from stock_stockitem i;

-- A part's stock, as its rows show it and its list filters and sorts by, for a page in one
-- statement. Stock "in stock" follows InvenTree: some quantity, not shipped, installed, sent to
-- a customer, consumed or in production, and in an available status (OK, attention needed,
-- damaged, returned). Stock in external locations is counted apart; variants' stock is the stock
-- of every part below this one in its variant tree.
create view part_part_stock as
select s.id, s.in_stock, s.variant_stock, s.in_stock + s.variant_stock as total_in_stock, s.external_stock,
       s.stock_item_count, s.all_item_count
  from (
select p.id,
       coalesce((select sum(i.quantity) from stock_stockitem i left join stock_stocklocation l on l.id = i.location_id
                  where i.part_id = p.id and (l.external is null or l.external = false)
                    and i.quantity > 0 and i.sales_order_id is null and i.belongs_to_id is null
                    and i.customer_id is null and i.consumed_by_id is null and i.is_building = false
                    and i.status in (10, 50, 55, 85)), 0) as in_stock,
       coalesce((select sum(i.quantity) from stock_stockitem i join part_part v on v.id = i.part_id
                   left join stock_stocklocation l on l.id = i.location_id
                  where v.tree_path like p.tree_path || '%' and v.id <> p.id
                    and (l.external is null or l.external = false)
                    and i.quantity > 0 and i.sales_order_id is null and i.belongs_to_id is null
                    and i.customer_id is null and i.consumed_by_id is null and i.is_building = false
                    and i.status in (10, 50, 55, 85)), 0) as variant_stock,
       coalesce((select sum(i.quantity) from stock_stockitem i join stock_stocklocation l on l.id = i.location_id
                  where i.part_id = p.id and l.external = true
                    and i.quantity > 0 and i.sales_order_id is null and i.belongs_to_id is null
                    and i.customer_id is null and i.consumed_by_id is null and i.is_building = false
                    and i.status in (10, 50, 55, 85)), 0) as external_stock,
       (select count(*) from stock_stockitem i
         where i.part_id = p.id and i.quantity > 0 and i.sales_order_id is null and i.belongs_to_id is null
           and i.customer_id is null and i.consumed_by_id is null and i.is_building = false
           and i.status in (10, 50, 55, 85)) as stock_item_count,
       (select count(*) from stock_stockitem i where i.part_id = p.id) as all_item_count
  from part_part p
       ) s;
