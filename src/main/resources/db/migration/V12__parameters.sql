-- Parameters: typed values (a length, a colour, a flag) attached to objects of any model that
-- takes them, each value following a template. InvenTree keeps its generic parameter tables under
-- their old part-only names (part_partparametertemplate, part_partparameter), and so do we, so
-- InvenTree exports import as they are.
--
-- A parameter names its object as InvenTree does: the content type's id and the object's id.
-- data_numeric is the value as a number in the template's units, for numeric filters and ordering.

create sequence part_partparametertemplate_seq start with 1 increment by 50;

create table part_partparametertemplate (
    id               bigint        not null primary key,
    name             varchar(100)  not null,
    units            varchar(25)   not null default '',
    description      varchar(250)  not null default '',
    model_type_id    bigint        references common_contenttype (id) on delete set null,
    checkbox         boolean       not null default false,
    choices          varchar(5000) not null default '',
    -- Selection lists come later: a plain id until then, checked by no foreign key.
    selectionlist_id bigint,
    enabled          boolean       not null default true,
    -- InvenTree's "unique"; a reserved word in SQL, hence the longer name.
    uniqueness       integer       not null default 0,
    metadata         text,
    constraint part_partparametertemplate_name_key unique (name)
);

create sequence part_partparameter_seq start with 1 increment by 50;

create table part_partparameter (
    id            bigint           not null primary key,
    model_type_id bigint           not null references common_contenttype (id),
    model_id      bigint           not null,
    template_id   bigint           not null references part_partparametertemplate (id) on delete cascade,
    data          varchar(500)     not null,
    data_numeric  double precision,
    note          varchar(500)     not null default '',
    updated       timestamp with time zone,
    updated_by_id bigint           references auth_user (id) on delete set null,
    metadata      text,
    constraint part_partparameter_object_template_key unique (model_type_id, model_id, template_id)
);
create index part_partparameter_object_idx on part_partparameter (model_type_id, model_id);
create index part_partparameter_template_idx on part_partparameter (template_id);

-- The templates a category proposes to its new parts (and those of its sub-categories).
create sequence part_partcategoryparametertemplate_seq start with 1 increment by 50;

create table part_partcategoryparametertemplate (
    id            bigint       not null primary key,
    category_id   bigint       not null references part_partcategory (id) on delete cascade,
    template_id   bigint       not null references part_partparametertemplate (id) on delete cascade,
    default_value varchar(500) not null default '',
    metadata      text,
    constraint part_partcategoryparametertemplate_key unique (category_id, template_id)
);
create index part_partcategoryparametertemplate_template_idx on part_partcategoryparametertemplate (template_id);
