-- Subtree totals look only among the rows of the same tree (tree_id, indexed). A pattern built
-- from another row (d.tree_path like c.tree_path || '%') can use no index, so each row's total
-- used to scan its whole table: 88 ms per part for the variant stock of a part list on the
-- benchmark's 100,000 parts, whatever the page size. Rows of one tree share the root's id as
-- tree_id, so the added condition changes no result.
create index part_part_tree_idx on part_part (tree_id);
create index part_partcategory_tree_idx on part_partcategory (tree_id);
create index stock_stocklocation_tree_idx on stock_stocklocation (tree_id);

create or replace view part_partcategory_totals as
select c.id,
       (select count(*) from part_part p
         where p.category_id in (select d.id from part_partcategory d
                                  where d.tree_id = c.tree_id and d.tree_path like c.tree_path || '%'))
           as part_count,
       (select count(*) from part_partcategory d
         where d.tree_id = c.tree_id and d.tree_path like c.tree_path || '%' and d.id <> c.id)
           as subcategories
  from part_partcategory c;

create or replace view stock_stocklocation_totals as
select l.id,
       (select count(*) from stock_stockitem i
         where i.location_id in (select d.id from stock_stocklocation d
                                  where d.tree_id = l.tree_id and d.tree_path like l.tree_path || '%'))
           as items,
       (select count(*) from stock_stocklocation d
         where d.tree_id = l.tree_id and d.tree_path like l.tree_path || '%' and d.id <> l.id)
           as sublocations
  from stock_stocklocation l;

create or replace view part_part_stock as
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
                  where v.tree_id = p.tree_id and v.tree_path like p.tree_path || '%' and v.id <> p.id
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
