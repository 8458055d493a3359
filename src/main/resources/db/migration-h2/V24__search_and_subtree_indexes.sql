-- Nothing to do on H2: PostgreSQL's V24 adds pattern and trigram indexes and a single-pass stock
-- view, which H2 has no equivalent for (no pattern operator classes, trigram indexes or lateral
-- joins). This file keeps both databases at the same version.
select 1;
