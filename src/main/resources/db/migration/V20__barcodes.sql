-- Barcodes: scans kept for their history, a claim per linked third-party barcode, and indexes
-- for looking objects up by the hash of a linked barcode.

-- What was scanned, by whom, at which endpoint and with which outcome; kept only while the
-- setting BARCODE_STORE_RESULTS is on, and pruned to BARCODE_RESULTS_MAX_NUM rows.
create sequence common_barcodescanresult_seq start with 1 increment by 50;

create table common_barcodescanresult (
    id        bigint        not null primary key,
    data      varchar(4095) not null,
    user_id   bigint        references auth_user (id) on delete set null,
    timestamp timestamp with time zone not null,
    endpoint  varchar(250),
    context   text,
    response  text,
    result    boolean       not null default false
);
create index common_barcodescanresult_timestamp_idx on common_barcodescanresult (timestamp);
create index common_barcodescanresult_user_idx on common_barcodescanresult (user_id);

-- A linked barcode is unique across parts, stock items and locations. The hash columns live in
-- three tables, so no index of theirs can say so; instead every link first locks the row of its
-- hash here (created by the first link of that barcode) and only then looks for objects the
-- barcode names, so concurrent links of one barcode run one after the other.
create table common_barcodeclaim (
    barcode_hash varchar(128) not null primary key
);

create index part_part_barcode_hash_idx on part_part (barcode_hash);
create index stock_stockitem_barcode_hash_idx on stock_stockitem (barcode_hash);
create index stock_stocklocation_barcode_hash_idx on stock_stocklocation (barcode_hash);
