-- PostgreSQL only (H2 has its own, empty V24): indexes and a view PostgreSQL can use better than
-- the portable ones. Results are the same on both databases; only the plans change.

-- Subtrees are selected by "tree_path like '/1/26/%'". A plain btree index serves such a prefix
-- match only under the C collation; the pattern operator class serves it under any.
create index part_partcategory_tree_path_pattern_idx on part_partcategory (tree_path varchar_pattern_ops);
create index stock_stocklocation_tree_path_pattern_idx on stock_stocklocation (tree_path varchar_pattern_ops);
create index part_part_tree_path_pattern_idx on part_part (tree_path varchar_pattern_ops);

-- Text search matches "lower(column) like '%term%'", which no btree index can serve: every search
-- read every part. Trigram indexes (pg_trgm, shipped with PostgreSQL's contrib modules) can, and
-- PostgreSQL combines one per searched column. Where the extension cannot be installed, search
-- works as before, only slower.
do $$
begin
    begin
        create extension if not exists pg_trgm;
    exception when others then
        raise notice 'pg_trgm is not available (%), part search runs without trigram indexes', sqlerrm;
        return;
    end;
    execute 'create index part_part_name_trgm_idx on part_part using gin (lower(name) gin_trgm_ops)';
    execute 'create index part_part_description_trgm_idx on part_part using gin (lower(description) gin_trgm_ops)';
    execute 'create index part_part_ipn_trgm_idx on part_part using gin (lower(ipn) gin_trgm_ops)';
    execute 'create index part_part_revision_trgm_idx on part_part using gin (lower(revision) gin_trgm_ops)';
    execute 'create index part_part_keywords_trgm_idx on part_part using gin (lower(keywords) gin_trgm_ops)';
end
$$;

-- A part's stock figures in one pass over its items (and one over its variants' items), not one
-- pass per figure: the portable view evaluates seven correlated sub-queries per part, two of them
-- twice because total_in_stock repeats them. Same columns, same values.
create or replace view part_part_stock as
select p.id, own.in_stock, variants.variant_stock, own.in_stock + variants.variant_stock as total_in_stock,
       own.external_stock, own.stock_item_count, own.all_item_count
  from part_part p
 cross join lateral (
       select coalesce(sum(a.quantity) filter (where a.available and not a.external), 0) as in_stock,
              coalesce(sum(a.quantity) filter (where a.available and a.external), 0) as external_stock,
              count(*) filter (where a.available) as stock_item_count,
              count(*) as all_item_count
         from (select i.quantity, coalesce(l.external, false) as external,
                      (i.quantity > 0 and i.sales_order_id is null and i.belongs_to_id is null
                       and i.customer_id is null and i.consumed_by_id is null and i.is_building = false
                       and i.status in (10, 50, 55, 85)) as available
                 from stock_stockitem i left join stock_stocklocation l on l.id = i.location_id
                where i.part_id = p.id) a) own
 cross join lateral (
       select coalesce(sum(i.quantity), 0) as variant_stock
         from stock_stockitem i join part_part v on v.id = i.part_id
              left join stock_stocklocation l on l.id = i.location_id
        where v.tree_id = p.tree_id and v.tree_path like p.tree_path || '%' and v.id <> p.id
          and (l.external is null or l.external = false)
          and i.quantity > 0 and i.sales_order_id is null and i.belongs_to_id is null
          and i.customer_id is null and i.consumed_by_id is null and i.is_building = false
          and i.status in (10, 50, 55, 85)) variants;
