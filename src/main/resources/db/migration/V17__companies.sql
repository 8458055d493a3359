-- Companies (suppliers, manufacturers, customers), their addresses and contacts, the parts they
-- make (manufacturer parts) and sell to us (supplier parts) with their price breaks. Table names
-- follow InvenTree's, so InvenTree exports import as they are. SKU and MPN are stored in lower-case
-- columns; "primary" is quoted because both databases reserve the word.

create sequence company_company_seq start with 1 increment by 50;

create table company_company (
    id              bigint        not null primary key,
    name            varchar(100)  not null,
    description     varchar(500)  not null default '',
    website         varchar(2000) not null default '',
    phone           varchar(50)   not null default '',
    -- null and blank both mean "no e-mail"; name + e-mail is unique (checked in code, as two nulls
    -- never collide in a unique index)
    email           varchar(254),
    contact         varchar(100)  not null default '',
    link            varchar(2000) not null default '',
    image           varchar(255),
    active          boolean       not null default true,
    is_customer     boolean       not null default false,
    is_supplier     boolean       not null default true,
    is_manufacturer boolean       not null default false,
    currency        varchar(3)    not null default '',
    tax_id          varchar(50)   not null default '',
    notes           text,
    metadata        text
);
create index company_company_name_idx on company_company (name);

create sequence company_address_seq start with 1 increment by 50;

create table company_address (
    id                      bigint        not null primary key,
    company_id              bigint        not null references company_company (id) on delete cascade,
    title                   varchar(100)  not null,
    "primary"               boolean       not null default false,
    line1                   varchar(50)   not null default '',
    line2                   varchar(50)   not null default '',
    postal_code             varchar(10)   not null default '',
    postal_city             varchar(50)   not null default '',
    province                varchar(50)   not null default '',
    country                 varchar(50)   not null default '',
    shipping_notes          varchar(100)  not null default '',
    internal_shipping_notes varchar(100)  not null default '',
    link                    varchar(2000) not null default '',
    metadata                text
);
create index company_address_company_idx on company_address (company_id);

create sequence company_contact_seq start with 1 increment by 50;

create table company_contact (
    id         bigint       not null primary key,
    company_id bigint       not null references company_company (id) on delete cascade,
    name       varchar(100) not null,
    phone      varchar(100) not null default '',
    email      varchar(254) not null default '',
    role       varchar(100) not null default '',
    metadata   text
);
create index company_contact_company_idx on company_contact (company_id);

create sequence company_manufacturerpart_seq start with 1 increment by 50;

create table company_manufacturerpart (
    id              bigint        not null primary key,
    part_id         bigint        not null references part_part (id) on delete cascade,
    manufacturer_id bigint        not null references company_company (id) on delete cascade,
    mpn             varchar(100),
    description     varchar(250),
    link            varchar(2000),
    barcode_data    varchar(500)  not null default '',
    barcode_hash    varchar(128)  not null default '',
    notes           text,
    metadata        text,
    constraint company_manufacturerpart_key unique (part_id, manufacturer_id, mpn)
);
create index company_manufacturerpart_manufacturer_idx on company_manufacturerpart (manufacturer_id);

create sequence company_supplierpart_seq start with 1 increment by 50;

create table company_supplierpart (
    id                   bigint         not null primary key,
    part_id              bigint         not null references part_part (id) on delete cascade,
    supplier_id          bigint         not null references company_company (id) on delete cascade,
    manufacturer_part_id bigint         references company_manufacturerpart (id) on delete set null,
    sku                  varchar(100)   not null,
    description          varchar(250),
    link                 varchar(2000),
    note                 varchar(100),
    packaging            varchar(50),
    pack_quantity        varchar(25)    not null default '',
    pack_quantity_native numeric(15, 5) not null default 1,
    active               boolean        not null default true,
    "primary"            boolean        not null default false,
    available            numeric(15, 5) not null default 0,
    availability_updated timestamp with time zone,
    updated              timestamp with time zone,
    barcode_data         varchar(500)   not null default '',
    barcode_hash         varchar(128)   not null default '',
    notes                text,
    metadata             text,
    constraint company_supplierpart_key unique (supplier_id, sku)
);
create index company_supplierpart_part_idx on company_supplierpart (part_id);
create index company_supplierpart_manufacturer_part_idx on company_supplierpart (manufacturer_part_id);

create sequence company_supplierpricebreak_seq start with 1 increment by 50;

create table company_supplierpricebreak (
    id             bigint         not null primary key,
    part_id        bigint         not null references company_supplierpart (id) on delete cascade,
    quantity       numeric(15, 5) not null default 1,
    price          numeric(19, 6),
    price_currency varchar(3)     not null default '',
    updated        timestamp with time zone,
    constraint company_supplierpricebreak_key unique (part_id, quantity)
);

-- Stock items have named their customer and supplier part by id since the stock foundation; now
-- the tables exist the ids are checked. References to nothing are forgotten first.
update stock_stockitem set customer_id = null
 where customer_id is not null and customer_id not in (select id from company_company);
update stock_stockitem set supplier_part_id = null
 where supplier_part_id is not null and supplier_part_id not in (select id from company_supplierpart);
alter table stock_stockitem add constraint stock_stockitem_customer_fk
    foreign key (customer_id) references company_company (id) on delete set null;
alter table stock_stockitem add constraint stock_stockitem_supplier_part_fk
    foreign key (supplier_part_id) references company_supplierpart (id) on delete set null;
create index stock_stockitem_customer_idx on stock_stockitem (customer_id);
create index stock_stockitem_supplier_part_idx on stock_stockitem (supplier_part_id);
