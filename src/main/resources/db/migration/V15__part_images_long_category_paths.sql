-- A category's pathstring holds the names of all its ancestors: InvenTree cuts it at 250
-- characters, Stocktree keeps the whole path, however deep the tree and long the names.
alter table part_partcategory alter column pathstring set data type varchar;
