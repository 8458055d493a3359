-- What hangs on a part besides its category and variants: test templates, links to related
-- parts, internal and sale price breaks, and the cached price range computed from them.
-- Every row goes with its part (on delete cascade); part.PartRemoval also deletes them itself.

create sequence part_parttesttemplate_seq start with 1 increment by 50;

create table part_parttesttemplate (
    id                  bigint        not null primary key,
    part_id             bigint        not null references part_part (id) on delete cascade,
    test_name           varchar(100)  not null,
    -- derived from test_name; unique within a part and the templates above it (checked in code);
    -- quoted because H2 reserves the word
    "key"               varchar(100)  not null default '',
    description         varchar(100),
    enabled             boolean       not null default true,
    required            boolean       not null default true,
    requires_value      boolean       not null default false,
    requires_attachment boolean       not null default false,
    choices             varchar(5000) not null default '',
    metadata            text
);
create index part_parttesttemplate_part_idx on part_parttesttemplate (part_id);
create index part_parttesttemplate_key_idx on part_parttesttemplate ("key");

create sequence part_partrelated_seq start with 1 increment by 50;

create table part_partrelated (
    id        bigint       not null primary key,
    part_1_id bigint       not null references part_part (id) on delete cascade,
    part_2_id bigint       not null references part_part (id) on delete cascade,
    note      varchar(500) not null default '',
    metadata  text,
    constraint part_partrelated_key unique (part_1_id, part_2_id)
);
create index part_partrelated_part_2_idx on part_partrelated (part_2_id);

create sequence part_partinternalpricebreak_seq start with 1 increment by 50;

create table part_partinternalpricebreak (
    id             bigint         not null primary key,
    part_id        bigint         not null references part_part (id) on delete cascade,
    quantity       numeric(15, 5) not null default 1,
    price          numeric(19, 6),
    price_currency varchar(3)     not null default '',
    updated        timestamp with time zone,
    constraint part_partinternalpricebreak_key unique (part_id, quantity)
);

create sequence part_partsellpricebreak_seq start with 1 increment by 50;

create table part_partsellpricebreak (
    id             bigint         not null primary key,
    part_id        bigint         not null references part_part (id) on delete cascade,
    quantity       numeric(15, 5) not null default 1,
    price          numeric(19, 6),
    price_currency varchar(3)     not null default '',
    updated        timestamp with time zone,
    constraint part_partsellpricebreak_key unique (part_id, quantity)
);

-- One row per part once its pricing has been asked for or computed. Amounts are in the
-- currency of the row (the default currency when computed); overrides keep their own.
create sequence part_partpricing_seq start with 1 increment by 50;

create table part_partpricing (
    id                    bigint         not null primary key,
    part_id               bigint         not null references part_part (id) on delete cascade,
    currency              varchar(3)     not null default '',
    updated               timestamp with time zone,
    scheduled_for_update  boolean        not null default false,
    bom_cost_min          numeric(19, 6),
    bom_cost_max          numeric(19, 6),
    purchase_cost_min     numeric(19, 6),
    purchase_cost_max     numeric(19, 6),
    internal_cost_min     numeric(19, 6),
    internal_cost_max     numeric(19, 6),
    supplier_price_min    numeric(19, 6),
    supplier_price_max    numeric(19, 6),
    variant_cost_min      numeric(19, 6),
    variant_cost_max      numeric(19, 6),
    override_min          numeric(19, 6),
    override_min_currency varchar(3)     not null default '',
    override_max          numeric(19, 6),
    override_max_currency varchar(3)     not null default '',
    overall_min           numeric(19, 6),
    overall_max           numeric(19, 6),
    sale_price_min        numeric(19, 6),
    sale_price_max        numeric(19, 6),
    sale_history_min      numeric(19, 6),
    sale_history_max      numeric(19, 6),
    constraint part_partpricing_part_key unique (part_id)
);

-- Every part with its price range (null without pricing), so part lists read, filter and sort
-- by it with the page statement, as they do with part_part_totals.
create view part_part_pricerange as
select p.id, pp.overall_min, pp.overall_max, pp.updated, pp.currency
  from part_part p
  left join part_partpricing pp on pp.part_id = p.id;
