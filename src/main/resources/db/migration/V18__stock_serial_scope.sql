-- Serial numbers are unique in the database too, not only by the check before a write: two
-- requests creating the same serial at the same moment both pass that check, and only a unique
-- index makes one of them fail.
--
-- Serials are unique within a part's variant tree, or among all items when the setting
-- SERIAL_NUMBER_GLOBALLY_UNIQUE is on. The tree is a column of part_part, which an index on
-- stock_stockitem cannot reach, so each serialized item carries its scope: the tree_id of its
-- part, or 0 while serials are globally unique. The scope is written with the serial (and moves
-- with the part when the part moves to another variant tree); it is null without a serial, and
-- rows with a null scope never conflict. An item keeps the scope it was written with when the
-- setting changes later: the check before each write still applies the current setting.
alter table stock_stockitem add column serial_scope bigint;

update stock_stockitem
   set serial_scope = (select p.tree_id from part_part p where p.id = stock_stockitem.part_id)
 where serial is not null;

update stock_stockitem
   set serial_scope = 0
 where serial is not null
   and exists (select 1 from common_inventreesetting s
                where s."key" = 'SERIAL_NUMBER_GLOBALLY_UNIQUE' and upper(s."value") in ('TRUE', '1', 'Y', 'YES'));

create unique index stock_stockitem_serial_unique on stock_stockitem (serial_scope, serial);
