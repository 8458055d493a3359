-- Results of the tests stock items go through: each names its test template (of the item's
-- part or of a template above it in the variant tree), whether it passed, and what was measured.
-- A result goes with its item and with its template (on delete cascade), as in InvenTree.

create sequence stock_stockitemtestresult_seq start with 1 increment by 50;

create table stock_stockitemtestresult (
    id                bigint                   not null primary key,
    stock_item_id     bigint                   not null references stock_stockitem (id) on delete cascade,
    template_id       bigint                   not null references part_parttesttemplate (id) on delete cascade,
    result            boolean                  not null default false,
    "value"           varchar(500)             not null default '',
    -- the uploaded file, relative to the media folder (stock_files/<item>/<name>); null for none
    attachment        varchar(255),
    notes             varchar(500)             not null default '',
    test_station      varchar(500)             not null default '',
    started_datetime  timestamp with time zone,
    finished_datetime timestamp with time zone,
    user_id           bigint                   references auth_user (id) on delete set null,
    date              timestamp with time zone not null,
    metadata          text
);
create index stock_stockitemtestresult_item_idx on stock_stockitemtestresult (stock_item_id);
create index stock_stockitemtestresult_template_idx on stock_stockitemtestresult (template_id);
create index stock_stockitemtestresult_attachment_idx on stock_stockitemtestresult (attachment);

-- How many results each test template has, as its rows show, filter and sort by it: read with
-- the page, like the other totals views.
create view part_parttesttemplate_totals as
select t.id,
       (select count(*) from stock_stockitemtestresult r where r.template_id = t.id) as results
  from part_parttesttemplate t;
